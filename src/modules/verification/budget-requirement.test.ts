import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createBudgetFixture, type BudgetFixture } from '../budgets/test-fixture.ts';
import { censusCsv, enableMethods, requireForAction } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await enableMethods(ctx.deps.db);
});
afterAll(async () => ctx.close());

async function importCensus(rows: [string, string, string][]) {
  const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  const form = new FormData();
  form.append('file', new File([censusCsv(rows)], 'census.csv'));
  expect((await admin.postMultipart('/admin/verification/census', form)).status).toBe(303);
  return admin;
}
const residentClient = async () => ctx.client().signInAs(ctx, await ctx.createUser());
const registerSize = async (budgetId: string) => (await ctx.deps.db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', budgetId).execute()).length;

describe('a budget vote that requires a verification', () => {
  let f: BudgetFixture;
  beforeAll(async () => {
    f = await createBudgetFixture(ctx.deps.db, { budgetNeighbourhood: 'north', settings: { neighbourhoodResidentsOnly: false } });
    await requireForAction(ctx.deps.db, f.componentId, 'vote', 'census', true);
  });

  it('shows the requirement in the component’s settings form', async () => {
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const process = await ctx.deps.db.selectFrom('component').select('process_id').where('id', '=', f.componentId).executeTakeFirstOrThrow();
    const html = await (await admin.get(`/admin/processes/${process.process_id}/components/${f.componentId}`)).text();
    expect(html).toContain('name="require.vote.method"');
    expect(html).toMatch(/<option value="census" selected/);
    expect(html).toMatch(/name="require.vote.neighbourhood"[^>]*checked/);
  });

  it('refuses an unverified resident, tells them how to get verified and brings them back to vote', async () => {
    const client = await residentClient();
    const page = await (await client.get(`/budgets/${f.budgetId}/ballot`)).text();
    expect(page).not.toContain('name="project"');
    expect(page).toContain(`/verification?return_to=%2Fbudgets%2F${f.budgetId}%2Fballot&amp;method=census`);
    const cast = await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] });
    expect(cast.status).toBe(400);
    expect(await cast.text()).toContain('réservée aux habitantes et habitants vérifiés');
    expect(await registerSize(f.budgetId)).toBe(0);

    await importCensus([['NO111111', '1980-01-01', `north-${f.processSlug.slice(3)}`], ['SO222222', '1981-02-02', `south-${f.processSlug.slice(3)}`]]);
    const verified = await client.post('/verification/census', { identifier: 'NO111111', birth_date: '01/01/1980', return_to: `/budgets/${f.budgetId}/ballot` });
    expect(verified.headers.get('location')).toBe(`/budgets/${f.budgetId}/ballot`);
    expect(await (await client.get(`/budgets/${f.budgetId}/ballot`)).text()).toContain('name="project"');
    expect((await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
    expect(await registerSize(f.budgetId)).toBe(1);
  });

  it('keeps a neighbourhood’s budget for the verified residents of that neighbourhood', async () => {
    const client = await residentClient();
    await client.post('/verification/census', { identifier: 'SO222222', birth_date: '1981-02-02' });
    const cast = await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] });
    expect(cast.status).toBe(400);
    expect(await cast.text()).toContain('du quartier concerné');
  });

  it('refuses another method than the one required', async () => {
    const g = await createBudgetFixture(ctx.deps.db);
    await requireForAction(ctx.deps.db, g.componentId, 'vote', 'letter');
    const admin = await importCensus([['LT333333', '1982-03-03', `north-${g.processSlug.slice(3)}`]]);
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    await client.post('/verification/census', { identifier: 'LT333333', birth_date: '1982-03-03' });
    expect(await (await client.post(`/budgets/${g.budgetId}/ballot/cast`, { project: ['1'] })).text()).toContain('courrier postal');
    await requireForAction(ctx.deps.db, g.componentId, 'vote', 'any');
    expect((await client.post(`/budgets/${g.budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
    expect(admin).toBeDefined();
  });
});

describe('the help desk and paper ballots share the register', () => {
  it('staff verify a person, who then votes on paper and cannot vote online again', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    await requireForAction(ctx.deps.db, f.componentId, 'vote', 'any');
    const staffUser = await ctx.createUser();
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const staff = await ctx.client().signInAs(ctx, staffUser);
    expect((await staff.get('/verification/desk')).status).toBe(403);
    expect((await admin.post('/admin/verification/desk', { email: staffUser.email })).status).toBe(303);
    expect((await staff.get('/verification/desk')).status).toBe(200);

    const person = await ctx.createUser();
    const verify = await staff.post('/verification/desk', { account_email: person.email, identifier: 'DK 444 444', birth_date: '04/04/1944', neighbourhood_id: f.hoods.south });
    expect(verify.status).toBe(303);
    const row = await ctx.deps.db.selectFrom('identity_verification').selectAll().where('user_id', '=', person.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ method: 'desk', neighbourhood_id: f.hoods.south, verified_by: staffUser.id });

    // The person votes on paper (by their document), then tries online with the verified account.
    expect((await admin.post(`/admin/budgets/${f.budgetId}/paper`, { identity_reference: 'dk444444', birth_date: '1944-04-04', project: ['4'] })).status).toBe(303);
    const personClient = await ctx.client().signInAs(ctx, person);
    expect(await (await personClient.get(`/budgets/${f.budgetId}/ballot`)).text()).toMatch(/Vous avez voté|déjà voté/);
    const online = await personClient.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] });
    expect(online.status).toBe(400);
    expect(await online.text()).toContain('déjà voté');
    expect(await registerSize(f.budgetId)).toBe(1);
  });

  it('refuses a paper ballot for a person whose verified account already voted online', async () => {
    const f = await createBudgetFixture(ctx.deps.db);
    await importCensus([['PP555555', '1955-05-05', `north-${f.processSlug.slice(3)}`]]);
    const client = await residentClient();
    await client.post('/verification/census', { identifier: 'PP555555', birth_date: '1955-05-05' });
    expect((await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const paper = await admin.post(`/admin/budgets/${f.budgetId}/paper`, { identity_reference: 'PP-555555', birth_date: '05/05/1955', project: ['4'] });
    expect(paper.status).toBe(400);
    expect(await paper.text()).toContain('déjà voté');
    expect(await registerSize(f.budgetId)).toBe(1);
  });
});
