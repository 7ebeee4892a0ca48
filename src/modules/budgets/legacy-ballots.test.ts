import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import * as ballotPool from '../../db/migrations/014_ballot_pool.ts';
import { issueQueryPairs } from './linkage-probe.ts';
import { createBudgetFixture, storedBallots, type BudgetFixture } from './test-fixture.ts';

// Ballots cast before migration 014 were written in one transaction with their register row, so the
// issue's queries linked them all. The migration rewrites them in random order with new ids.
let ctx: TestContext;
let f: BudgetFixture;
const legacy: { userId: string; choices: string[]; id: string }[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval', minProjects: 1 } });
  const db = ctx.deps.db;
  await ballotPool.down(db);
  for (let i = 0; i < 12; i++) {
    const user = await ctx.createUser();
    const choices = [String((i % 6) + 1), ...(i >= 6 ? ['6'] : [])];
    const id = randomUUID();
    // Exactly what the old cast did (the row types no longer describe this schema).
    await db.transaction().execute(async (trx) => {
      await sql`insert into budget_voter (budget_id, voter_key, channel) values (${f.budgetId}, ${`user:${user.id}`}, 'online')`.execute(trx);
      await sql`insert into budget_ballot (id, budget_id, choices, receipt_hash) values (${id}, ${f.budgetId}, ${JSON.stringify(choices)}, ${createHash('sha256').update(id).digest('hex')})`.execute(trx);
    });
    legacy.push({ userId: user.id, choices, id });
  }
  await ballotPool.up(db);
});
afterAll(async () => ctx.close());

describe('migration 014 and the ballots cast before it', () => {
  it('keeps every ballot, under new random ids and without the unkeyed receipt hashes', async () => {
    expect(await storedBallots(ctx.deps.db, f.budgetId)).toEqual(legacy.map((l) => l.choices).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
    const rows = await ctx.deps.db.selectFrom('budget_ballot').selectAll().where('budget_id', '=', f.budgetId).execute();
    expect(rows.map((r) => r.id).filter((id) => legacy.some((l) => l.id === id))).toEqual([]);
    expect(rows.every((r) => r.receipt_hash === null)).toBe(true);
  });

  it('breaks the rowid and xmin links that the old transactions left', async () => {
    const voterOf = new Map(legacy.map((l) => [`user:${l.userId}`, JSON.stringify(l.choices)]));
    const rows = await issueQueryPairs(ctx.deps.db, ctx.deps.dialect, f.budgetId);
    const linked = rows.filter((r) => voterOf.get(r.voter_key) === r.choices).length;
    // Chance lines up about 1 of 12; before the migration all 12 lined up.
    expect(linked).toBeLessThan(10);
    if (ctx.deps.dialect === 'postgres') expect(linked).toBe(0);
  });

  it('leaves those ballots final: the register cannot tell whose receipt is whose', async () => {
    const entries = await ctx.deps.db.selectFrom('budget_voter').select('receipt_tag').where('budget_id', '=', f.budgetId).execute();
    expect(entries.map((e) => e.receipt_tag)).toEqual(Array(12).fill(null));
    const client = await ctx.client().signInAs(ctx, { id: legacy[0].userId, email: '', name: '' });
    const res = await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['2'], receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('déjà voté');
  });
});
