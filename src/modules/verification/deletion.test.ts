import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';
import { createBudgetFixture, setVoting } from '../budgets/test-fixture.ts';
import { releaseDeletedAccounts } from './retention.ts';
import { censusCsv, enableMethods, requireForAction } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await enableMethods(ctx.deps.db);
});
afterAll(async () => ctx.close());

const adminClient = async () => ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
const verificationOf = (userId: string) => ctx.deps.db.selectFrom('identity_verification').selectAll().where('user_id', '=', userId).executeTakeFirst();

async function uploadCensus(row: [string, string, string]) {
  const form = new FormData();
  form.append('file', new File([censusCsv([row])], 'census.csv'));
  expect((await (await adminClient()).postMultipart('/admin/verification/census', form)).status).toBe(303);
}

/** A verified resident (census), able to delete their account, who voted online in the budget. */
async function verifiedVoter(budgetId: string, identifier: string, birthDate: string) {
  const user = await createUserWithPassword(ctx, 'je déménage ailleurs');
  const client = await ctx.client().signInAs(ctx, user);
  expect((await client.post('/verification/census', { identifier, birth_date: birthDate })).status).toBe(303);
  expect((await client.post(`/budgets/${budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
  const leave = async () => expect((await client.post('/account/delete', { confirmed: 'yes', password: 'je déménage ailleurs' })).status).toBe(303);
  return { user, client, leave };
}

describe('deleting a verified account that voted', () => {
  it('at the deletion itself keeps only the hash while the vote it allowed is open: no second ballot on paper nor with a new account; gone once the vote closes', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    await requireForAction(ctx.deps.db, f.componentId, 'vote', 'any');
    await uploadCensus(['DV100001', '1966-06-06', `north-${f.processSlug.slice(3)}`]);
    const voter = await verifiedVoter(f.budgetId, 'DV100001', '1966-06-06');
    await voter.client.post('/verification/letter', { full_name: 'Noé Petit', address: '12 rue du Moulin, Bellerive', neighbourhood_id: f.hoods.north });
    expect(await ctx.deps.db.selectFrom('verification_letter').select('id').where('user_id', '=', voter.user.id).execute()).toHaveLength(1);

    await voter.leave();

    // No hourly run in between: the deletion's own transaction did it.
    expect(await verificationOf(voter.user.id)).toMatchObject({ neighbourhood_id: null, verified_by: null });
    expect(await ctx.deps.db.selectFrom('verification_letter').select('id').where('user_id', '=', voter.user.id).execute()).toHaveLength(0);
    const paper = await (await adminClient()).post(`/admin/budgets/${f.budgetId}/paper`, { identity_reference: 'dv-100001', birth_date: '06/06/1966', project: ['4'] });
    expect(paper.status).toBe(400);
    expect(await paper.text()).toContain('déjà voté');
    const again = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect(await (await again.post('/verification/census', { identifier: 'DV100001', birth_date: '1966-06-06' })).text()).toContain('déjà un autre compte');

    await setVoting(ctx.deps.db, f, false);
    await releaseDeletedAccounts(ctx.deps.db, ctx.deps.modules);
    expect(await verificationOf(voter.user.id)).toBeUndefined();
    const hashes = await ctx.deps.db.selectFrom('identity_verification').select('user_id').execute();
    expect(hashes.filter((h) => h.user_id === null || h.user_id === voter.user.id)).toEqual([]);
  });

  it('deletes at once a hash no open action needs, and the ballot it cast still stops the person voting again with a new account', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    await uploadCensus(['DV200002', '1977-07-17', `north-${f.processSlug.slice(3)}`]);
    const voter = await verifiedVoter(f.budgetId, 'DV200002', '1977-07-17');

    await voter.leave();

    expect(await verificationOf(voter.user.id)).toBeUndefined();
    const newcomer = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await newcomer.post('/verification/census', { identifier: 'DV200002', birth_date: '1977-07-17' })).status).toBe(303);
    const second = await newcomer.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['2'] });
    expect(second.status).toBe(400);
    expect(await second.text()).toContain('déjà voté');
    expect(await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', f.budgetId).execute()).toHaveLength(1);
  });
});
