import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { castRules } from './ballot-routes.tsx';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

// Own database: these tests use up the address's allowance on purpose.
let ctx: TestContext;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db);
});
afterAll(async () => ctx.close());

const cast = (client: ReturnType<TestContext['client']>, choices: string[]) => client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: choices });

describe('rate limit on casting ballots', () => {
  it('stops one account after its allowance with the 429 page, without blocking other voters', async () => {
    const eager = await ctx.client().signInAs(ctx, await ctx.createUser());
    for (let i = 0; i < castRules.perAccount.limit; i++) expect((await cast(eager, [])).status).toBe(400);
    const blocked = await cast(eager, ['1']);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Trop de tentatives');
    expect(await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute()).toHaveLength(0);

    const other = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await cast(other, ['1'])).status).toBe(303);
  });

  it('stops one address after its allowance, signed in or not', async () => {
    const used = castRules.perAccount.limit + 2;
    const visitor = ctx.client();
    for (let i = used; i < castRules.perIp.limit; i++) expect((await cast(visitor, ['1'])).status).not.toBe(429);
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await cast(voter, ['2'])).status).toBe(429);
    expect(await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute()).toHaveLength(1);
  });
});
