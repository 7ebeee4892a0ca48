import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { listQuestions } from './queries.ts';
import type { Question } from './questions.ts';
import { createSurveyFixture, setAnswering, type SurveyFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
const quality = { indicatorPeriod: '2030' };

/** A quality-of-life survey (the template) and the form of one complete answer on its single page. */
async function qualitySurvey(settings: Record<string, unknown>): Promise<{ f: SurveyFixture; questions: Question[] }> {
  const f = await createSurveyFixture(ctx.deps.db, { settings });
  expect((await admin.post(`/surveys/${f.componentId}/manage/template`)).status).toBe(303);
  return { f, questions: await listQuestions(ctx.deps.db, f.componentId) };
}

function answerForm(questions: Question[], hood: string, air: string, comment = ''): Record<string, string> {
  const form: Record<string, string> = { page: '1', action: 'submit' };
  for (const q of questions) {
    if (q.kind === 'neighbourhood') form[`q-${q.id}`] = hood;
    else if (q.kind === 'scale') form[`q-${q.id}`] = q.indicatorCode === 'perceived-air' ? air : '3';
    else if (comment) form[`q-${q.id}`] = comment;
  }
  return form;
}

async function answerAsNewResident(f: SurveyFixture, form: Record<string, string>): Promise<TestClient> {
  const client = await ctx.client().signInAs(ctx, await ctx.createUser());
  expect((await client.post(`/surveys/${f.componentId}/answer`, form)).status).toBe(303);
  return client;
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

describe('results of an anonymous quality-of-life survey, without noise', () => {
  let f: SurveyFixture;
  let questions: Question[];
  let respondent: TestClient;
  const air = () => questions.find((q) => q.indicatorCode === 'perceived-air')!;

  beforeAll(async () => {
    ({ f, questions } = await qualitySurvey(quality));
    // Old Harbour: 6 satisfied with the air, 4 not; Station District: 5 and 5.
    for (const v of ['5', '5', '5', '5', '5', '5', '2', '2', '2', '2']) respondent = await answerAsNewResident(f, answerForm(questions, 'vieux-port', v, v === '2' ? 'Trop de voitures rue des Lilas' : ''));
    for (const v of ['4', '4', '4', '4', '4', '1', '1', '1', '1', '1']) await answerAsNewResident(f, answerForm(questions, 'la-gare', v));
  });

  it('keeps results private while the survey runs, except for admins, who see them as provisional', async () => {
    expect((await respondent.get(`/surveys/${f.componentId}/results`)).status).toBe(403);
    expect(await (await admin.get(`/surveys/${f.componentId}/results`)).text()).toContain('ces résultats sont provisoires');
  });

  it('feeds the perceived indicators per neighbourhood, only where satisfied and other answers both reach 5', async () => {
    const values = await ctx.deps.db.selectFrom('indicator_value').select(['area', 'value', 'n']).where('indicator_code', '=', 'perceived-air').where('period', '=', '2030').orderBy('area').execute();
    expect(values.map((v) => ({ ...v, value: Number(v.value), n: Number(v.n) }))).toEqual([
      { area: 'city', value: 55, n: 20 },
      { area: 'la-gare', value: 50, n: 10 },
    ]);
    const others = await ctx.deps.db.selectFrom('indicator_value').select('indicator_code').where('period', '=', '2030').where('indicator_code', '!=', 'perceived-air').execute();
    expect(others).toEqual([]);
  });

  it('publishes counts and shares once closed, with small counts hidden and the rule explained', async () => {
    await setAnswering(ctx.deps.db, f, false, quality);
    const page = await (await respondent.get(`/surveys/${f.componentId}/results`)).text();
    expect(page).toContain('Chaque nombre inférieur à 5 est affiché « moins de 5 »');
    expect(page).toContain('Réponses\u202F: <strong>20</strong>');
    const airTable = page.slice(page.indexOf('<caption>Êtes-vous satisfait de la qualité de l’air\u202F?</caption>'));
    expect(airTable.slice(0, airTable.indexOf('</table>'))).toMatch(/1 — Pas du tout satisfait<\/th><td>5<\/td><td>25\s%<\/td>[\s\S]*2 — Plutôt pas satisfait<\/th><td>moins de 5<\/td><td>—<\/td>[\s\S]*5 — Très satisfait<\/th><td>6<\/td><td>30\s%<\/td>/);
    expect(page).not.toContain('Trop de voitures');
  });

  it('exports the same figures as CSV, and all answers without identity for admins only', async () => {
    const csv = await (await respondent.get(`/surveys/${f.componentId}/results.csv?lang=en`)).text();
    expect(csv.split('\r\n')[0]).toBe('Question,Item,Answer,Count,Share,Epsilon (noise added)');
    const french = await (await respondent.get(`/surveys/${f.componentId}/results.csv?lang=fr`)).text();
    expect(french.split('\r\n')[0]).toBe('Question,Élément,Réponse proposée,Nombre,Part,Epsilon (bruit ajouté)');
    expect(french).toContain('Êtes-vous satisfait de la qualité de l’air\u202F?,,5 — Très satisfait,6,0.3,');
    expect(csv).toContain('Are you satisfied with the quality of the air?,,2 — Rather not satisfied,<5,,');
    expect(csv).toContain('Are you satisfied with the quality of the air?,,5 — Very satisfied,6,0.3,');
    expect((await respondent.get(`/surveys/${f.componentId}/manage/answers.csv`)).status).toBe(403);
    const answers = await (await admin.get(`/surveys/${f.componentId}/manage/answers.csv`)).text();
    const lines = answers.trim().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines.filter((l) => l.includes('Trop de voitures rue des Lilas'))).toHaveLength(4);
    const users = await ctx.deps.db.selectFrom('user').select(['id', 'email']).execute();
    for (const u of users) expect(answers).not.toMatch(new RegExp(`${u.id}|${u.email}`));
  });

  it('shows free-text answers to admins only', async () => {
    expect((await respondent.get(`/surveys/${f.componentId}/manage/text-answers`)).status).toBe(403);
    const text = await (await admin.get(`/surveys/${f.componentId}/manage/text-answers`)).text();
    expect(text.match(/<li>Trop de voitures rue des Lilas<\/li>/g)).toHaveLength(4);
  });

  it('answers the results API with published figures only', async () => {
    const body = await (await ctx.client().get(`/api/v1/surveys/${f.componentId}/results`)).json();
    expect(body.status).toBe('published');
    expect(body.responses).toEqual({ value: 20 });
    const airResult = body.questions.find((r: { question: string }) => r.question === air().id);
    expect(airResult.answered).toEqual({ value: 20 });
    expect(airResult.answers.find((a: { value: string }) => a.value === '2')).toEqual({ value: '2', figure: { fewerThan: 5 }, share: null });
    expect(body.questions.some((r: { kind: string }) => r.kind === 'long-text')).toBe(false);
  });

  it('lists the survey in "download my data" without the anonymous answers', async () => {
    const data = await (await respondent.get('/account/export')).json();
    expect(data.surveysAnswered).toEqual([{ survey: f.componentId, year: String(new Date().getUTCFullYear()) }]);
    expect(data.signedSurveyAnswers).toEqual([]);
  });
});

describe('a signed survey', () => {
  it('counts each signed answer at once and keeps it with the respondent, who finds it in "download my data"', async () => {
    const { f, questions } = await qualitySurvey({ ...quality, anonymous: false });
    const client = await answerAsNewResident(f, answerForm(questions, 'les-hauts', '4'));
    expect(await ctx.deps.db.selectFrom('survey_pool').selectAll().where('component_id', '=', f.componentId).execute()).toEqual([]);
    // Counted at once (signed), and the figures kept in memory follow each new answer.
    const responses = async () => (await (await admin.get(`/api/v1/surveys/${f.componentId}/results`)).json()).responses;
    expect(await responses()).toEqual({ fewerThan: 5 });
    for (let i = 0; i < 5; i++) await answerAsNewResident(f, answerForm(questions, 'les-hauts', '4'));
    expect(await responses()).toEqual({ value: 6 });
    const data = await (await client.get('/account/export')).json();
    const mine = data.signedSurveyAnswers.find((r: { survey: string }) => r.survey === f.componentId);
    expect(mine.neighbourhood).toBe('les-hauts');
    expect(mine.answers).toContainEqual({ question: questions.find((q) => q.indicatorCode === 'perceived-air')!.id, item: '', value: '4' });
  });
});

describe('with differential privacy on', () => {
  it('publishes nothing while open, then noised figures labelled with ε once closed, spending ε once', async () => {
    const settings = { ...quality, differentialPrivacy: true, liveResults: true };
    const { f, questions } = await qualitySurvey(settings);
    for (let i = 0; i < 6; i++) await answerAsNewResident(f, answerForm(questions, 'les-tilleuls', '5'));
    expect(await (await ctx.client().get(`/surveys/${f.componentId}/results`)).text()).toContain('ils paraîtront à sa clôture');
    expect((await (await ctx.client().get(`/api/v1/surveys/${f.componentId}/results`)).json()).status).toBe('pending');
    await setAnswering(ctx.deps.db, f, false, settings);
    const page = await (await ctx.client().get(`/surveys/${f.componentId}/results`)).text();
    expect(page).toMatch(/bruité, ε = /);
    const first = await (await ctx.client().get(`/api/v1/surveys/${f.componentId}/results`)).json();
    expect(first.noise.epsilon).toBe('1');
    const again = await (await ctx.client().get(`/api/v1/surveys/${f.componentId}/results`)).json();
    expect(again).toEqual(first);
    const ledger = await ctx.deps.db.selectFrom('privacy_release').select(['release_key']).where('dataset_key', '=', `survey:${f.componentId}`).execute();
    expect(ledger).toEqual([{ release_key: 'final-6' }]);
    for (const r of first.questions) for (const a of r.answers) expect('value' in a.figure).toBe(false);
  });
});
