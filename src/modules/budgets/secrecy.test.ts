import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { ballotReceiptHash, newReceiptToken, normaliseReceipt, registerReceiptTag } from './secrecy.ts';
import { createBudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

/** The tables a ballot's content lives in (anything with "ballot" in its name). */
async function ballotTables() {
  const tables = await ctx.deps.db.introspection.getTables();
  return tables.filter((t) => t.name.includes('ballot'));
}

async function foreignKeyTargets(table: string): Promise<string[]> {
  if (ctx.deps.dialect === 'sqlite') {
    const rows = await sql<{ table: string }>`select * from pragma_foreign_key_list(${table})`.execute(ctx.deps.db);
    return rows.rows.map((r) => r.table);
  }
  const rows = await sql<{ target: string }>`
    select ccu.table_name as target from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
    where tc.table_name = ${table} and tc.constraint_type = 'FOREIGN KEY'`.execute(ctx.deps.db);
  return rows.rows.map((r) => r.target);
}

describe('ballot secrecy in the schema', () => {
  it('has ballot tables whose columns reference neither people nor precise times', async () => {
    const tables = await ballotTables();
    expect(tables.map((t) => t.name).sort()).toEqual(['budget_ballot', 'budget_ballot_pool']);
    for (const table of tables) {
      const columns = table.columns.map((c) => c.name);
      expect(columns.sort()).toEqual(['budget_id', 'choices', 'id', 'receipt_hash']);
      for (const name of columns) expect(name).not.toMatch(/user|voter|person|author|account|email|created|updated|time|date|_at$|_on$|seq|serial/i);
      expect(table.columns.some((c) => c.isAutoIncrementing)).toBe(false);
      expect(await foreignKeyTargets(table.name)).toEqual(['budget']);
    }
  });

  it('keeps the register of voters without any ballot id or time', async () => {
    const voter = (await ctx.deps.db.introspection.getTables()).find((t) => t.name === 'budget_voter')!;
    const columns = voter.columns.map((c) => c.name).sort();
    expect(columns).toEqual(['budget_id', 'channel', 'receipt_tag', 'voter_key']);
    expect(await foreignKeyTargets('budget_voter')).toEqual(['budget']);
  });

  it('stores a cast ballot with a random id and nothing that names or dates the voter', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['2', '5'] });
    const [ballot] = await ctx.deps.db.selectFrom('budget_ballot_pool').selectAll().where('budget_id', '=', f.budgetId).execute();
    const text = JSON.stringify(ballot);
    expect(text).not.toContain(user.id);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(ballot.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [entry] = await ctx.deps.db.selectFrom('budget_voter').selectAll().where('budget_id', '=', f.budgetId).execute();
    expect(JSON.stringify(entry)).not.toContain(ballot.id);
    const audit = await ctx.deps.db.selectFrom('audit_log').select('details').execute();
    expect(audit.map((a) => a.details).join('')).not.toContain(ballot.id);
  });
});

describe('receipt tokens', () => {
  it('are random, readable, and match however they are retyped', () => {
    const a = newReceiptToken();
    expect(a).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    expect(newReceiptToken()).not.toBe(a);
    for (const fingerprint of [ballotReceiptHash, registerReceiptTag]) {
      expect(fingerprint('secret', a.toLowerCase().replace(/-/g, ' '))).toBe(fingerprint('secret', a));
      expect(fingerprint('secret', a)).not.toContain(a);
      expect(fingerprint('another secret', a)).not.toBe(fingerprint('secret', a));
    }
    expect(normaliseReceipt(' abcd efgh ')).toBe('ABCD-EFGH');
  });
});
