import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedDemoCityIfEmpty } from '../../seed/demo.ts';
import { DEMO_CENSUS_SIZE, demoCensusRow } from './seed.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
}, 120_000);
afterAll(async () => ctx.close());

describe('the demo city’s census', () => {
  it('holds the documented fictitious residents, and the test identity votes in the verified Tilleuls budget', async () => {
    const { db } = ctx.deps;
    expect((await db.selectFrom('census_entry').select('person_hmac').execute()).length).toBe(DEMO_CENSUS_SIZE);
    expect(demoCensusRow(1)).toEqual({ identifier: 'BEL-0001', birthDate: '1951-02-02', position: 1 });

    const budget = await db.selectFrom('budget').select('id').where('title_fr', '=', 'Mini-budget climat des Tilleuls').executeTakeFirstOrThrow();
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    expect(await (await client.get(`/budgets/${budget.id}/ballot`)).text()).toContain('/verification?return_to=');
    // BEL-0001 lives in Les Tilleuls (1 mod 5 = position 1); BEL-0002 lives in La Gare and is refused below.
    const hoods = await db.selectFrom('neighbourhood').select(['id', 'slug']).orderBy('position').execute();
    expect(hoods[1].slug).toBe('les-tilleuls');
    expect((await client.post('/verification/census', { identifier: 'BEL-0001', birth_date: '02/02/1951' })).status).toBe(303);
    expect(await (await client.get(`/budgets/${budget.id}/ballot`)).text()).toContain('name="project"');
    expect((await client.post(`/budgets/${budget.id}/ballot/cast`, { project: ['1'] })).status).toBe(303);

    const other = await ctx.client().signInAs(ctx, await ctx.createUser());
    await other.post('/verification/census', { identifier: 'BEL-0002', birth_date: demoCensusRow(2).birthDate });
    expect(await (await other.post(`/budgets/${budget.id}/ballot/cast`, { project: ['1'] })).text()).toContain('du quartier concerné');
  });
});
