import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { castRules } from './ballot-routes.tsx';
import { castAsNewResident, createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

// Own database: these tests use up the address's allowance on purpose (every in-process request comes from one address).
let ctx: TestContext;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db);
});
afterAll(async () => ctx.close());

const cast = (client: ReturnType<TestContext['client']>, form: Record<string, string | string[]>) => client.post(`/budgets/${f.budgetId}/ballot/cast`, form);
const registered = () => ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute();

describe('rate limit on casting ballots', () => {
  it('does not count ballots refused for a rule against the address (issue 10, item 6)', async () => {
    const eager = await ctx.client().signInAs(ctx, await ctx.createUser());
    // Over the budget, no project, an unknown project: more refusals than the whole allowance.
    const refused: Record<string, string[]>[] = [{ project: ['1', '2', '3', '4'] }, {}, { project: ['99'] }];
    for (let i = 0; i <= castRules.perIp.limit; i++) expect((await cast(eager, refused[i % refused.length])).status).toBe(400);
    expect(await registered()).toHaveLength(0);
    expect((await cast(eager, { project: ['1'] })).status).toBe(303);
  });

  it('keeps no per-account row: nothing records who voted when', async () => {
    const { user } = await castAsNewResident(ctx, f.budgetId, { project: ['2'] });
    const rows = await ctx.deps.db.selectFrom('rate_limit').select('key').execute();
    expect(rows.filter((r) => r.key.includes(user.id))).toEqual([]);
    expect(rows.filter((r) => r.key.startsWith('ballot-')).map((r) => r.key)).toEqual(['ballot-cast-ip:local']);
  });

  it('stops one address after its allowance of accepted ballots and receipt attempts, with the 429 page', async () => {
    const voter = await castAsNewResident(ctx, f.budgetId, { project: ['3'] });
    const used = (await registered()).length;
    // Wrong receipts are attempts too (guesses would be): they use up the rest of the allowance.
    for (let i = used; i < castRules.perIp.limit; i++) expect((await cast(voter.client, { project: ['4'], receipt: 'AAAA-BBBB-CCCC-DDDD-EEEE' })).status).toBe(400);
    const blocked = await cast(voter.client, { project: ['5'], receipt: voter.receipt });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Trop de tentatives');
    const newcomer = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await cast(newcomer, { project: ['6'] })).status).toBe(429);
    expect(await registered()).toHaveLength(used);
  });
});
