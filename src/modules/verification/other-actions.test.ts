import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createMapFixture } from '../opinion-maps/testing/map-fixture.ts';
import { createProposalsFixture, insertProposal, validProposal } from '../proposals/test-fixtures.ts';
import { createSurveyFixture } from '../surveys/test-fixture.ts';
import { censusCsv, enableMethods, requireForAction } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await enableMethods(ctx.deps.db);
});
afterAll(async () => ctx.close());

async function verifiedResident(identifier: string, hoodSlug: string) {
  const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  const form = new FormData();
  form.append('file', new File([censusCsv([[identifier, '1966-06-06', hoodSlug]])], 'census.csv'));
  expect((await admin.postMultipart('/admin/verification/census', form)).status).toBe(303);
  const client = await ctx.client().signInAs(ctx, await ctx.createUser());
  expect((await client.post('/verification/census', { identifier, birth_date: '1966-06-06' })).status).toBe(303);
  return client;
}

describe('every verifiable action opts in through its component’s settings', () => {
  it('proposals: creating and supporting wait for a verification; the refusal links to it and back', async () => {
    const f = await createProposalsFixture(ctx);
    await requireForAction(ctx.deps.db, f.componentId, 'create', 'census');
    await requireForAction(ctx.deps.db, f.componentId, 'support', 'any', true);
    const author = await ctx.createUser();
    const proposalId = await insertProposal(ctx, f, author.id);
    await ctx.deps.db.updateTable('proposal').set({ neighbourhood_id: f.hoods[0] }).where('id', '=', proposalId).execute();

    const unverified = await ctx.client().signInAs(ctx, await ctx.createUser());
    const refused = await unverified.post(`${f.base}/new`, validProposal());
    expect(refused.status).toBe(403);
    const page = await refused.text();
    expect(page).toContain('fichier de recensement');
    expect(page).toContain(`href="/verification?return_to=${encodeURIComponent(f.base).replace(/%2F/g, '%2F')}&amp;method=census"`);
    expect((await unverified.post(`/proposals/${proposalId}/support`)).status).toBe(403);

    const hoodSlug = (await ctx.deps.db.selectFrom('neighbourhood').select('slug').where('id', '=', f.hoods[1]).executeTakeFirstOrThrow()).slug;
    const elsewhere = await verifiedResident('PR100100', hoodSlug);
    expect((await elsewhere.post(`${f.base}/new`, validProposal())).status).toBe(303);
    const other = await elsewhere.post(`/proposals/${proposalId}/support`);
    expect(other.status).toBe(403);
    expect(await other.text()).toContain('du quartier concerné');
  });

  it('opinion maps: a map kept for verified residents asks for an account and a verification', async () => {
    const m = await createMapFixture(ctx.deps.db);
    await requireForAction(ctx.deps.db, m.componentId, 'vote', 'any');
    const anonymous = await ctx.client().post(`/opinion-maps/${m.componentId}/votes`, { statementId: 'x', vote: 'agree' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('/account/sign-in?next=%2Fverification%3Freturn_to%3D');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/opinion-maps/${m.componentId}/statements`, { body: 'Pas de caméras dans les parcs.' })).status).not.toBe(403);
    expect((await resident.post(`/opinion-maps/${m.componentId}/votes`, { statementId: 'x', vote: 'agree' })).status).toBe(403);
  });

  it('surveys: answering waits for a verification when the component asks for one', async () => {
    const s = await createSurveyFixture(ctx.deps.db);
    const now = new Date().toISOString();
    await ctx.deps.db.insertInto('survey').values({ component_id: s.componentId, updated_at: now }).onConflict((oc) => oc.column('component_id').doNothing()).execute();
    await ctx.deps.db.insertInto('survey_question').values({ id: randomUUID(), component_id: s.componentId, position: 1, kind: 'short-text', required: 0, title_fr: 'Un mot ?', title_en: 'A word?', help_fr: '', help_en: '', options: '[]', items: '[]', scale_labels: '[]', condition: null, indicator_code: null, page_break: 0 }).execute();
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get(`/surveys/${s.componentId}/answer`)).status).toBe(200);
    await requireForAction(ctx.deps.db, s.componentId, 'answer', 'desk');
    const refused = await resident.get(`/surveys/${s.componentId}/answer`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('guichet d’accueil');
  });
});
