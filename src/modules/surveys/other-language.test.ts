import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { listQuestions } from './queries.ts';
import type { Question } from './questions.ts';
import { createSurveyFixture, setAnswering, type SurveyFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: SurveyFixture;
let air: Question;

// French typography is kept in French text shown on an English page (a narrow no-break space before « ? »).
const airTitle = 'Êtes-vous satisfait de la qualité de l’air\u202f?';
const frenchOnly = (text: string) => `<span lang="fr">${text}</span> <span class="other-language">(in French)</span>`;

// A quality-of-life survey whose name, introduction, air question (title, help, first scale label) and one
// neighbourhood were written in French only: an English page shows them in French, marked.
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createSurveyFixture(ctx.deps.db, { settings: { liveResults: true } });
  expect((await admin.post(`/surveys/${f.componentId}/manage/template`)).status).toBe(303);
  air = (await listQuestions(ctx.deps.db, f.componentId)).find((q) => q.indicatorCode === 'perceived-air')!;
  const scaleLabels = air.scaleLabels.map((l) => (l.key === '1' ? { ...l, en: '' } : l));
  await ctx.deps.db.updateTable('survey_question').set({ title_en: '', help_fr: 'Pensez à la semaine passée.', help_en: '', scale_labels: JSON.stringify(scaleLabels) }).where('id', '=', air.id).execute();
  await ctx.deps.db.updateTable('component').set({ name_en: '' }).where('id', '=', f.componentId).execute();
  await ctx.deps.db.updateTable('survey').set({ intro_fr: 'Dites-nous ce que vous en pensez.', intro_en: '' }).where('component_id', '=', f.componentId).execute();
  await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('slug', '=', 'les-hauts').execute();
});
afterAll(() => ctx.close());

describe('a survey written in French only, read in English', () => {
  it('marks the name, the question, its help, a scale label and a neighbourhood on the English answer form', async () => {
    const page = await (await admin.get(`/surveys/${f.componentId}/answer?lang=en`)).text();
    expect(page).toContain(`<title>Qualité de vie (in French)`);
    expect(page).toContain(`<h1>${frenchOnly('Qualité de vie')}</h1>`);
    expect(page).toContain(`<legend>${frenchOnly(airTitle)}`);
    expect(page).toContain(`<p class="hint">${frenchOnly('Pensez à la semaine passée.')}</p>`);
    expect(page).toContain(`>1 — ${frenchOnly('Pas du tout satisfait')}</label>`);
    expect(page).toContain('>2 — Rather not satisfied</label>');
    expect(page).toContain(`>${frenchOnly('Les Hauts')}</label>`);
    expect(page).toContain('>Old Harbour</label>');
  });

  it('says the introduction is in French on the English component page', async () => {
    const page = await (await admin.get(`/processes/${f.processSlug}/c/${f.componentId}?lang=en`)).text();
    expect(page).toContain('<div class="prose" lang="fr"><p>Dites-nous ce que vous en pensez.</p>');
  });

  it('marks the question, the scale label and the survey’s name in the English results, and nothing in French', async () => {
    await setAnswering(ctx.deps.db, f, false, { liveResults: true });
    const english = await (await admin.get(`/surveys/${f.componentId}/results?lang=en`)).text();
    expect(english).toContain(`<h1>Results: ${frenchOnly('Qualité de vie')}</h1>`);
    expect(english).toContain(`<caption>${frenchOnly(airTitle)}</caption>`);
    expect(english).toContain(`<th scope="row">1 — ${frenchOnly('Pas du tout satisfait')}</th>`);
    const french = await (await admin.get(`/surveys/${f.componentId}/results?lang=fr`)).text();
    expect(french).toContain(`<caption>${airTitle}</caption>`);
    expect(french).not.toContain('<span lang=');
  });

  it('marks the survey’s name on the English admin pages (managing the questions, reading the free answers)', async () => {
    const manage = await (await admin.get(`/surveys/${f.componentId}/manage?lang=en`)).text();
    expect(manage).toMatch(new RegExp(`<h1>[^<]*${frenchOnly('Qualité de vie').replace(/[()]/g, '\\$&')}[^<]*</h1>`));
    expect(manage).toMatch(/<title>[^<]*Qualité de vie \(in French\)/);
    const text = await (await admin.get(`/surveys/${f.componentId}/manage/text-answers?lang=en`)).text();
    expect(text).toMatch(new RegExp(`<h1>[^<]*${frenchOnly('Qualité de vie').replace(/[()]/g, '\\$&')}[^<]*</h1>`));
  });
});
