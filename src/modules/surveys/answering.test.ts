import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { pseudonymPostRule } from './answer-routes.tsx';
import { createSurveyFixture, setAnswering, type SurveyFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: SurveyFixture;
const q: Record<string, string> = {};
const table = (name: 'survey_respondent' | 'survey_pool' | 'survey_response' | 'survey_draft') => ctx.deps.db.selectFrom(name).selectAll().where('component_id', '=', f.componentId).execute();
const answerPath = () => `/surveys/${f.componentId}/answer`;

async function addQuestion(form: Record<string, string>): Promise<string> {
  const res = await admin.post(`/surveys/${f.componentId}/manage/questions`, { help_fr: '', help_en: '', options: '', items: '', scale_labels: '', condition: '', indicator: '', title_en: '', ...form });
  expect(res.status).toBe(303);
  const row = await ctx.deps.db.selectFrom('survey_question').select('id').where('component_id', '=', f.componentId).where('title_fr', '=', form.title_fr).executeTakeFirstOrThrow();
  return row.id;
}

async function resident(): Promise<TestClient> {
  return ctx.client().signInAs(ctx, await ctx.createUser());
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createSurveyFixture(ctx.deps.db);
});
afterAll(() => ctx.close());

describe('building a survey', () => {
  it('refuses a bad question beside its field with the values kept, and only admins manage', async () => {
    const refused = await admin.post(`/surveys/${f.componentId}/manage/questions`, { kind: 'single', title_fr: 'Comment venez-vous ?', options: 'À pied' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('Donnez au moins deux choix, un par ligne.');
    expect(page).toContain('value="Comment venez-vous ?"');
    expect((await (await resident()).get(`/surveys/${f.componentId}/manage`)).status).toBe(403);
    expect(await ctx.deps.db.selectFrom('survey_question').select('id').execute()).toEqual([]);
  });

  it('chains three conditions: bike → feeling unsafe → wanting lanes → which street', async () => {
    q.A = await addQuestion({ kind: 'single', title_fr: 'Comment venez-vous ?', title_en: 'How do you come?', options: 'À pied | On foot\nÀ vélo | By bike', required: 'on' });
    q.B = await addQuestion({ kind: 'scale', title_fr: 'En sécurité à vélo ?', required: 'on', condition: `${q.A}|equals|o2` });
    q.C = await addQuestion({ kind: 'multiple', title_fr: 'Qu’est-ce qui aiderait ?', options: 'Des pistes\nMoins de vitesse', required: 'on', condition: `${q.B}|atMost|2` });
    q.D = await addQuestion({ kind: 'long-text', title_fr: 'Quelle rue ?', condition: `${q.C}|includes|o1` });
    q.E = await addQuestion({ kind: 'neighbourhood', title_fr: 'Votre quartier ?', required: 'on' });
    const refused = await admin.post(`/surveys/${f.componentId}/manage/questions`, { kind: 'short-text', title_fr: 'X', condition: 'no-such|equals|o1' });
    expect(refused.status).toBe(400);
    const manage = await (await admin.get(`/surveys/${f.componentId}/manage`)).text();
    expect(manage).toContain('Affichée si\u202F: Qu’est-ce qui aiderait\u202F? = Des pistes');
  });

  it('removes a question only once confirmed, and never one a later condition depends on', async () => {
    const extra = await addQuestion({ kind: 'short-text', title_fr: 'Un mot de plus ?' });
    const path = `/surveys/${f.componentId}/manage/questions/${extra}/delete`;
    expect(await (await admin.get(path)).text()).toContain('Supprimer la question\u202F: Un mot de plus\u202F?');
    expect((await admin.post(path)).status).toBe(400);
    expect(await ctx.deps.db.selectFrom('survey_question').select('id').where('id', '=', extra).executeTakeFirst()).toBeDefined();
    expect((await admin.post(path, { confirmed: 'yes' })).status).toBe(303);
    expect(await ctx.deps.db.selectFrom('survey_question').select('id').where('id', '=', extra).executeTakeFirst()).toBeUndefined();
    const dependedOn = await admin.post(`/surveys/${f.componentId}/manage/questions/${q.C}/delete`, { confirmed: 'yes' });
    expect(dependedOn.status).toBe(400);
    expect(await dependedOn.text()).toContain('Une question suivante s’affiche selon celle-ci');
  });
});

describe('answering', () => {
  it('goes page by page through the chain, saves and resumes, and submits into the pool without the respondent', async () => {
    const amina = await resident();
    expect(await (await amina.get(`/processes/${f.processSlug}/c/${f.componentId}`)).text()).toContain('Répondre au questionnaire');
    expect(await (await amina.get(answerPath())).text()).toContain('Page 1 sur 2');
    expect((await amina.post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o2' })).headers.get('location')).toBe(`${answerPath()}?page=2`);
    const saved = await amina.post(answerPath(), { page: '2', action: 'save', [`q-${q.B}`]: '1' });
    expect(saved.headers.get('location')).toBe(`/processes/${f.processSlug}/c/${f.componentId}`);
    expect(await (await amina.get(`/processes/${f.processSlug}/c/${f.componentId}`)).text()).toContain('Reprendre mes réponses');
    const resumed = await (await amina.get(`${answerPath()}?page=2`)).text();
    expect(resumed).toMatch(new RegExp(`name="q-${q.B}" value="1" checked`));
    expect((await amina.post(answerPath(), { page: '2', action: 'next', [`q-${q.B}`]: '1' })).headers.get('location')).toBe(`${answerPath()}?page=3`);
    expect((await amina.post(answerPath(), { page: '3', action: 'next', [`q-${q.C}`]: ['o1', 'o2'] })).headers.get('location')).toBe(`${answerPath()}?page=4`);
    const missing = await amina.post(answerPath(), { page: '4', action: 'submit', [`q-${q.D}`]: 'Rue des Lilas' });
    expect(missing.status).toBe(400);
    const missingPage = await missing.text();
    expect(missingPage).toContain('Cette question demande une réponse.');
    expect(missingPage).toContain('Rue des Lilas');
    const sent = await amina.post(answerPath(), { page: '4', action: 'submit', [`q-${q.D}`]: 'Rue des Lilas', [`q-${q.E}`]: 'la-gare' });
    expect(sent.status).toBe(303);
    expect(await table('survey_respondent')).toHaveLength(1);
    expect(await table('survey_draft')).toEqual([]);
    const [pooled] = await table('survey_pool');
    expect(JSON.parse(pooled.response)).toEqual({ respondentKey: null, neighbourhood: 'la-gare', year: String(new Date().getUTCFullYear()), answers: expect.arrayContaining([[q.A, '', 'o2'], [q.B, '', '1'], [q.C, '', 'o1'], [q.C, '', 'o2'], [q.D, '', 'Rue des Lilas'], [q.E, '', 'la-gare']]) });
    expect(JSON.stringify(pooled)).not.toContain(String((await table('survey_respondent'))[0].respondent_key).slice(5));
  });

  it('accepts one answer per person', async () => {
    const louis = await resident();
    const form = { page: '1', action: 'next', [`q-${q.A}`]: 'o1' };
    expect((await louis.post(answerPath(), form)).headers.get('location')).toBe(`${answerPath()}?page=2`);
    expect((await louis.post(answerPath(), { page: '2', action: 'submit', [`q-${q.E}`]: 'other' })).status).toBe(303);
    const again = await louis.get(answerPath());
    expect(await again.text()).toContain('Vous avez déjà répondu à ce questionnaire.');
    await louis.post(answerPath(), form);
    expect(await table('survey_respondent')).toHaveLength(2);
  });

  it('drops the answers of questions a changed earlier answer hides', async () => {
    const sarah = await resident();
    await sarah.post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o2' });
    await sarah.post(answerPath(), { page: '2', action: 'next', [`q-${q.B}`]: '2' });
    await sarah.post(answerPath(), { page: '3', action: 'back', [`q-${q.C}`]: 'o1' });
    await sarah.post(answerPath(), { page: '2', action: 'back', [`q-${q.B}`]: '2' });
    expect((await sarah.post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o1' })).headers.get('location')).toBe(`${answerPath()}?page=2`);
    expect(await (await sarah.get(`${answerPath()}?page=2`)).text()).toContain('Votre quartier\u202F?');
    expect((await sarah.post(answerPath(), { page: '2', action: 'submit', [`q-${q.E}`]: 'les-hauts' })).status).toBe(303);
    const responses = (await table('survey_pool')).map((r) => JSON.parse(r.response));
    expect(responses.find((r) => r.neighbourhood === 'les-hauts').answers).toEqual([[q.A, '', 'o1'], [q.E, '', 'les-hauts']]);
  });

  it('refuses a value the question does not offer, and asks visitors to sign in', async () => {
    const res = await (await resident()).post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o9' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choix non valide.');
    expect((await ctx.client().get(answerPath())).status).toBe(401);
  });

  it('lets people without an account answer once per browser where the admin allows it', async () => {
    await setAnswering(ctx.deps.db, f, true, { pseudonymous: true });
    const visitor = ctx.client();
    expect((await visitor.post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o1' })).status).toBe(303);
    expect((await visitor.post(answerPath(), { page: '2', action: 'submit', [`q-${q.E}`]: 'vieux-port' })).status).toBe(303);
    expect(await (await visitor.get(answerPath())).text()).toContain('Vous avez déjà répondu');
    const keys = (await table('survey_respondent')).map((r) => String(r.respondent_key));
    expect(keys.filter((k) => k.startsWith('pseudonym:'))).toHaveLength(1);
  });

  it('limits the pages people without an account post from one address, with the minutes to wait', async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < pseudonymPostRule.limit + 1; i++) statuses.add((await ctx.client().post(answerPath(), { page: '1', action: 'save' })).status);
    expect([...statuses].sort()).toEqual([303, 429]);
    const refused = await ctx.client().post(answerPath(), { page: '1', action: 'save' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // A resident with an account is not held back by the address.
    expect((await (await resident()).post(answerPath(), { page: '1', action: 'save' })).status).toBe(303);
  });

  it('declares who answered, so a survey holding answers is never removed', async () => {
    const removal = await admin.post(`/admin/processes/${f.processId}/components/${f.componentId}/delete`, { confirmed: 'yes' });
    expect(removal.status).toBe(409);
    expect(await removal.text()).toContain('4 personnes ont répondu');
    expect(await ctx.deps.db.selectFrom('component').select('id').where('id', '=', f.componentId).executeTakeFirst()).toBeDefined();
  });

  it('closes with the phase: no more answers, and the page says so', async () => {
    await setAnswering(ctx.deps.db, f, false);
    const late = await resident();
    const res = await late.post(answerPath(), { page: '1', action: 'next', [`q-${q.A}`]: 'o1' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Ce questionnaire est fermé');
    expect(await (await late.get(`/processes/${f.processSlug}/c/${f.componentId}?lang=en`)).text()).toContain('This survey is not taking answers at the moment.');
  });
});
