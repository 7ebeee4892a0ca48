import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createSurveyFixture } from '../surveys/test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
const year = String(new Date().getUTCFullYear());
const now = new Date().toISOString();
const hood = new Map<string, string>();

// A process ending this year with a proposals and a budgets component, and people doing things in it.
async function seedActivity() {
  const { db } = ctx.deps;
  const processId = randomUUID();
  await db.insertInto('process').values({ id: processId, slug: 'pb', title_fr: 'Budget', title_en: '', summary_fr: '', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now }).execute();
  await db.insertInto('phase').values({ id: randomUUID(), process_id: processId, position: 1, name_fr: 'Vote', name_en: 'Vote', description_fr: '', description_en: '', starts_on: `${year}-01-01`, ends_on: `${year}-12-31` }).execute();
  const [proposals, budgets, budgetId] = [randomUUID(), randomUUID(), randomUUID()];
  for (const [id, type] of [[proposals, 'proposals'], [budgets, 'budgets']]) {
    await db.insertInto('component').values({ id, process_id: processId, type, name_fr: type, name_en: type, position: 1, settings: '{}', published: 1, created_at: now }).execute();
  }
  await db.insertInto('budget').values({ id: budgetId, component_id: budgets, title_fr: 'B', title_en: 'B', description_fr: '', description_en: '', amount: 1000, currency: 'EUR', neighbourhood_id: null, position: 1, created_at: now }).execute();
  // Seven confirmed residents of the Station District and one who never confirmed their address vote; one other resident declared nothing.
  const voters: TestUser[] = [];
  for (let i = 0; i < 8; i++) voters.push(await ctx.createUser({ verified: i < 7 }));
  const loner = await ctx.createUser();
  for (const v of voters) {
    await db.insertInto('resident_neighbourhood').values({ user_id: v.id, neighbourhood_id: hood.get('la-gare')!, locked: 1 }).execute();
    await db.insertInto('budget_voter').values({ budget_id: budgetId, voter_key: `user:${v.id}`, channel: 'online' }).execute();
  }
  const proposal = (author: string, neighbourhood: string | null) => ({
    id: randomUUID(), component_id: proposals, process_id: processId, title: 'P', body: 'B', category: 'nature', neighbourhood_id: neighbourhood, address: '', author_user_id: author, author_org_id: null, show_member_name: 0, supports_count: 0,
    threshold_reached_at: null, answer_status: null, answer_text: '', answered_at: null, draft_status: null, draft_text: '', withdrawn_at: null, hidden_at: null, hidden_reason: null, edited_at: null, shuffle_key: 0, created_at: now,
  });
  // One resident makes seven proposals about the Old Harbour; the loner one for the whole city.
  const many = Array.from({ length: 7 }, () => proposal(voters[0].id, hood.get('vieux-port')!));
  await db.insertInto('proposal').values([...many, proposal(loner.id, null)]).execute();
  for (const v of voters.slice(0, 6)) await db.insertInto('proposal_support').values({ proposal_id: many[0].id, user_id: v.id, component_id: proposals, created_at: now }).execute();
  // Six people answer a survey without an account, from the Station District.
  const survey = await createSurveyFixture(db);
  for (let i = 0; i < 6; i++) {
    await db.insertInto('survey_respondent').values({ component_id: survey.componentId, respondent_key: `pseudonym:${i}`, year }).execute();
    await db.insertInto('survey_response').values({ id: randomUUID(), component_id: survey.componentId, respondent_key: null, neighbourhood: 'la-gare', year }).execute();
  }
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  await createSurveyFixture(ctx.deps.db, { open: false });
  for (const h of await ctx.deps.db.selectFrom('neighbourhood').select(['id', 'slug']).execute()) hood.set(h.slug, h.id);
  await seedActivity();
});
afterAll(() => ctx.close());

describe('population figures', () => {
  it('refuses a bad population or year beside its field, keeps the values and saves nothing', async () => {
    const res = await admin.post('/admin/participation', { [`population-${hood.get('la-gare')}`]: '9 600', [`year-${hood.get('la-gare')}`]: '24' });
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Un nombre entier d’habitants, sans espace.');
    expect(page).toContain('Une année sur quatre chiffres.');
    expect(page).toContain('value="9 600"');
    expect(await ctx.deps.db.selectFrom('neighbourhood_population').selectAll().execute()).toEqual([]);
    expect((await (await ctx.client().signInAs(ctx, await ctx.createUser())).get('/admin/participation')).status).toBe(403);
  });

  it('saves each neighbourhood’s population with its reference year', async () => {
    const form: Record<string, string> = {};
    for (const [slug, id] of hood) {
      form[`population-${id}`] = slug === 'la-gare' ? '9600' : '5000';
      form[`year-${id}`] = '2024';
    }
    expect((await admin.post('/admin/participation', form)).status).toBe(303);
    expect(await ctx.deps.db.selectFrom('neighbourhood_population').select('population').execute()).toHaveLength(5);
  });
});

describe('the equity-of-participation page', () => {
  it('counts confirmed participants where they live, each action where it belongs, per 1,000 inhabitants', async () => {
    const { areas, definitions, pseudonymousParticipants } = await (await ctx.client().get('/api/v1/participation')).json();
    const area = (key: string) => areas.find((a: { area: string }) => a.area === key);
    expect(areas.map((a: { area: string }) => a.area)).toEqual(['city', 'vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts', 'no-neighbourhood']);
    expect(area('la-gare')).toMatchObject({ population: 9600, participants: { value: 7 }, ballots: { value: 8 }, surveyAnswers: { value: 6 }, proposals: { fewerThan: 5 } });
    expect(area('la-gare').perThousand.participants).toBe(0.7);
    expect(area('vieux-port')).toMatchObject({ proposals: { value: 7 }, supports: { value: 6 }, participants: { fewerThan: 5 } });
    expect(area('no-neighbourhood')).toMatchObject({ participants: { fewerThan: 5 }, proposals: { fewerThan: 5 } });
    expect(area('city')).toMatchObject({ population: 29600, participants: { value: 8 }, proposals: { value: 8 } });
    expect(pseudonymousParticipants).toEqual({ value: 6 });
    expect(definitions.participants.fr).toContain('Compte confirmé');
    expect(definitions.participants.en).toContain('Confirmed account');
  });

  it('shows the same figures on the page, with every definition written out, in French and English', async () => {
    const fr = await (await ctx.client().get('/participation')).text();
    expect(fr).toContain(`Qui participe, quartier par quartier — ${year}`);
    expect(fr).toMatch(/Quartier de la Gare<span class="meta"> \(9\s600 habitants\)<\/span><\/th><td>7<span class="meta"> \(0,7 pour 1\s000 habitants\)/);
    expect(fr).toContain('Compte confirmé (adresse e-mail vérifiée');
    const en = await (await ctx.client().get('/participation?lang=en')).text();
    expect(en).toContain('Participants without an account (pseudonyms, counted apart): <strong>6</strong>');
    expect((await ctx.client().get('/participation?year=1990')).status).toBe(404);
    // A neighbourhood named only in French: marked in the English table, said "(in French)" in the admin form's labels.
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('slug', '=', 'les-hauts').execute();
    const marked = await (await ctx.client().get('/participation?lang=en')).text();
    expect(marked).toContain('<th scope="row"><span lang="fr">Les Hauts</span> <span class="other-language">(in French)</span>');
    const form = await (await admin.get('/admin/participation?lang=en')).text();
    expect(form).toContain('Les Hauts (in French)');
    await admin.get('/admin/participation?lang=fr');
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: 'Les Hauts' }).where('slug', '=', 'les-hauts').execute();
    expect((await ctx.client().get('/api/v1/participation?year=last')).status).toBe(400);
  });

  it('with noise on, labels every figure with its ε and makes one release per quarter', async () => {
    const form: Record<string, string> = { differentialPrivacy: 'on' };
    for (const [, id] of hood) Object.assign(form, { [`population-${id}`]: '5000', [`year-${id}`]: '2024' });
    expect((await admin.post('/admin/participation', form)).status).toBe(303);
    const first = await (await ctx.client().get('/api/v1/participation')).json();
    expect(first.noise.epsilon).toBe('1');
    for (const a of first.areas) expect('value' in a.participants).toBe(false);
    const again = await (await ctx.client().get('/api/v1/participation')).json();
    expect(again.areas).toEqual(first.areas);
    const ledger = await ctx.deps.db.selectFrom('privacy_release').select('release_key').where('dataset_key', '=', `participation:${year}`).execute();
    expect(ledger).toEqual([{ release_key: `${year}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}` }]);
    expect(await (await ctx.client().get('/participation')).text()).toMatch(/bruité, ε = /);
  });
});
