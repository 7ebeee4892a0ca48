import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db);
  // Project 1 was written in French only; project 2 has both languages.
  await ctx.deps.db.updateTable('budget_project').set({ title_en: '', description_fr: 'Des bancs à l’ombre.', description_en: '' }).where('id', '=', f.projects['1']).execute();
  await ctx.deps.db.updateTable('budget_project').set({ description_fr: 'Des arbres.', description_en: 'Trees.' }).where('id', '=', f.projects['2']).execute();
});
afterAll(() => ctx.close());

const frenchOnly = (text: string) => `<span lang="fr">${text}</span> <span class="other-language">(in French)</span>`;

describe('budget content in the other language', () => {
  it('marks a French-only project on the English budget page and ballot, and leaves English as it is', async () => {
    const page = await (await ctx.client().get(`/budgets/${f.budgetId}?lang=en`)).text();
    expect(page).toContain(frenchOnly('Projet 1'));
    expect(page).toContain('>Project 2</a>');
    expect(page).not.toContain(frenchOnly('Projet 2'));
  });

  it('marks the French title and description on the English project page, not on the French one', async () => {
    const english = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${f.projects['1']}?lang=en`)).text();
    expect(english).toContain(`<h1>${frenchOnly('Projet 1')}</h1>`);
    expect(english).toContain(frenchOnly('Des bancs à l’ombre.'));
    const translated = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${f.projects['2']}?lang=en`)).text();
    expect(translated).toContain('<h1>Project 2</h1>');
    expect(translated).toContain('<p class="prose">Trees.</p>');
    const french = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${f.projects['1']}`)).text();
    expect(french).toContain('<h1>Projet 1</h1>');
    expect(french).not.toContain('lang="fr">Projet');
  });

  it('marks a French-only process title in the component page’s breadcrumb and the phase timeline’s names stay unmarked in English', async () => {
    await ctx.deps.db.updateTable('component').set({ name_en: '' }).where('id', '=', f.componentId).execute();
    const english = await (await ctx.client().get(`/processes/${f.processSlug}/c/${f.componentId}?lang=en`)).text();
    expect(english).toContain(`>${frenchOnly('Budget participatif test')}</a>`);
    const budget = await (await ctx.client().get(`/budgets/${f.budgetId}?lang=en`)).text();
    expect(budget).toContain(`>${frenchOnly('Budget')}</a>`);
    expect(budget).toContain('<h1>City budget</h1>');
  });
});
