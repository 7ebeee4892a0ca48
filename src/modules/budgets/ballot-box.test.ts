import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { BALLOT_BATCH_SIZE } from './ballot-box.ts';
import { settleCounts } from './count-runner.ts';
import { castAsNewResident, createBudgetFixture, setVoting } from './test-fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

const approval = { ballotType: 'approval' as const, minProjects: 1 };
const inUrn = (budgetId: string) => ctx.deps.db.selectFrom('budget_ballot').select(['id', 'choices']).where('budget_id', '=', budgetId).execute();
const inPool = (budgetId: string) => ctx.deps.db.selectFrom('budget_ballot_pool').select('choices').where('budget_id', '=', budgetId).execute();

describe('ballots are durable at every step', () => {
  // A failing database statement inside the mix stands for a crash in the middle of it: the
  // transaction rolls back, as it would after kill -9.
  async function breakTheUrn(broken: boolean) {
    const db = ctx.deps.db;
    if (ctx.deps.dialect === 'sqlite') {
      if (broken) await sql`create trigger urn_down before insert on budget_ballot begin select raise(abort, 'urn down'); end`.execute(db);
      else await sql`drop trigger urn_down`.execute(db);
      return;
    }
    if (broken) {
      await sql`create function urn_down() returns trigger language plpgsql as $$ begin raise exception 'urn down'; end $$`.execute(db);
      await sql`create trigger urn_down before insert on budget_ballot for each row execute function urn_down()`.execute(db);
    } else {
      await sql`drop trigger urn_down on budget_ballot`.execute(db);
      await sql`drop function urn_down()`.execute(db);
    }
  }

  it('keeps every ballot when mixing fails, and mixes them all at the next cast: none lost, none doubled', async () => {
    const f = await createBudgetFixture(ctx.deps.db, { settings: approval });
    await breakTheUrn(true);
    try {
      for (let i = 0; i < BALLOT_BATCH_SIZE + 2; i++) await castAsNewResident(ctx, f.budgetId, { project: [String((i % 6) + 1)] });
    } finally {
      await breakTheUrn(false);
    }
    expect(await inUrn(f.budgetId)).toHaveLength(0);
    expect(await inPool(f.budgetId)).toHaveLength(BALLOT_BATCH_SIZE + 2);
    await castAsNewResident(ctx, f.budgetId, { project: ['1', '2'] });
    expect(await inPool(f.budgetId)).toHaveLength(0);
    expect(await inUrn(f.budgetId)).toHaveLength(BALLOT_BATCH_SIZE + 3);
    const voters = await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute();
    expect(voters).toHaveLength(BALLOT_BATCH_SIZE + 3);
  });
});

describe('sealing the box when counting', () => {
  it('rewrites the whole urn in one random order at the count, even when no ballot waits, and not at each download', async () => {
    const f = await createBudgetFixture(ctx.deps.db, { settings: approval });
    for (let i = 0; i < BALLOT_BATCH_SIZE; i++) await castAsNewResident(ctx, f.budgetId, { project: [String((i % 6) + 1)] });
    const mixed = await inUrn(f.budgetId);
    expect(mixed).toHaveLength(BALLOT_BATCH_SIZE);
    expect(await inPool(f.budgetId)).toHaveLength(0);

    await setVoting(ctx.deps.db, f, false, approval);
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(303);
    await settleCounts(ctx.deps.db); // the count runs in the background (count.test.ts)
    const sealed = await inUrn(f.budgetId);
    expect(sealed.map((b) => b.choices).sort()).toEqual(mixed.map((b) => b.choices).sort());
    // New random ids for every ballot: the batch a ballot came in is no longer visible.
    expect(sealed.filter((b) => mixed.some((m) => m.id === b.id))).toEqual([]);

    expect((await admin.get(`/admin/budgets/${f.budgetId}/ballots.pb`)).status).toBe(200);
    expect((await inUrn(f.budgetId)).map((b) => b.id).sort()).toEqual(sealed.map((b) => b.id).sort());
  });
});
