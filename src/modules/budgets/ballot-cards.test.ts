import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { translator } from '../../platform/i18n/index.ts';
import { createBudgetFixture, setVoting, type BudgetFixture } from './test-fixture.ts';
import { projectSummary } from './views/ballot-card.tsx';
import { categoryLabel } from './views/category.ts';

const nbsp = /[\s\u202f]/.source;
const euros = (digits: string) => new RegExp(digits.replace(/ /g, nbsp) + nbsp + '€');

describe('projectSummary and categoryLabel', () => {
  it('cuts a long description at a word with an ellipsis, and keeps a short one whole', () => {
    expect(projectSummary('Un banc.  Deux   arbres.')).toBe('Un banc. Deux arbres.');
    const long = 'Trente parcelles cultivées ensemble, '.repeat(10);
    const cut = projectSummary(long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/[\s,]…$/);
  });

  it('labels the usual categories in the reader’s language whatever the accents or case, and keeps other words', () => {
    const fr = { t: translator('fr') };
    const en = { t: translator('en') };
    expect(categoryLabel(en, 'mobilité')).toBe('Mobility');
    expect(categoryLabel(en, ' Sécurité ')).toBe('Safety');
    expect(categoryLabel(fr, 'health')).toBe('Santé');
    expect(categoryLabel(en, 'jardins familiaux')).toBe('jardins familiaux');
    expect(categoryLabel(fr, '')).toBe('');
  });
});

describe('the ballot as cards with a money bar', () => {
  let ctx: TestContext;
  let f: BudgetFixture;
  let voter: TestClient;
  const long = 'Un ponton accessible aux fauteuils pour la baignade surveillée et les canoës, avec des bancs, de l’ombre et un accès depuis le quai sans marche, ouvert toute l’année aux habitants.';

  beforeAll(async () => {
    ctx = await createTestContext();
    f = await createBudgetFixture(ctx.deps.db);
    await ctx.deps.db.updateTable('budget_project').set({ description_fr: long, description_en: 'A short pontoon.' }).where('id', '=', f.projects['1']).execute();
    voter = await ctx.client().signInAs(ctx, await ctx.createUser());
  });
  afterAll(() => ctx.close());

  it('shows each project as a card: checkbox beside the title, cost, neighbourhood, translated category, summary, a link that keeps the ballot', async () => {
    const html = await (await voter.get(`/budgets/${f.budgetId}/ballot`)).text();
    expect(html.match(/<li class="ballot-card">/g)).toHaveLength(6);
    // The control comes first in the card's head, the title is its label.
    expect(html).toContain('<div class="ballot-card-head"><input id="project-1" type="checkbox" name="project" value="1" data-cost="40000" aria-describedby="card-1-facts card-1-summary"/><label for="project-1">Projet 1</label></div>');
    expect(html).toMatch(new RegExp(`<p class="hint" id="card-2-facts">${euros('30 000').source} · Nord [0-9a-f]{8} · Mobilité</p>`));
    expect(html).toContain(`<p class="ballot-card-summary" id="card-1-summary">${projectSummary(long)}</p>`);
    expect(projectSummary(long)).not.toBe(long);
    expect(html).toContain(`<a href="/budgets/${f.budgetId}/projects/${f.projects['1']}" target="_blank" rel="noopener">Lire la fiche du projet (nouvel onglet)`);
    const en = await (await voter.get(`/budgets/${f.budgetId}/ballot?lang=en`)).text();
    expect(en).toMatch(/<p class="hint" id="card-2-facts">€30,000 · North [0-9a-f]{8} · Mobility<\/p>/);
    expect(en).toContain('<p class="ballot-card-summary" id="card-1-summary">A short pontoon.</p>');
    expect(en).toContain('Read the project page (new tab)');
    await voter.get(`/budgets/${f.budgetId}/ballot?lang=fr`); // the language choice is remembered: back to French
  });

  it('fills the sticky bar on the server: empty ballot, kept choices after an error, and the review', async () => {
    const empty = await (await voter.get(`/budgets/${f.budgetId}/ballot`)).text();
    expect(empty).toContain('<progress id="ballot-progress" max="100000" value="0" aria-labelledby="ballot-live"></progress>');
    expect(empty).toMatch(new RegExp(`<p id="ballot-live" class="ballot-live" aria-live="polite">0 projet\\(s\\) choisi\\(s\\)\u202f: 0${nbsp}€ sur ${euros('100 000').source}, reste ${euros('100 000').source}.</p>`));

    // Over the budget (40 + 30 + 35 = 105 thousand): the error page shows the bar full and says by how much.
    const over = await voter.post(`/budgets/${f.budgetId}/ballot/review`, { project: ['1', '2', '4'] });
    expect(over.status).toBe(400);
    const overHtml = await over.text();
    expect(overHtml).toContain('<progress id="ballot-progress" max="100000" value="100000"');
    expect(overHtml).toMatch(new RegExp(`class="ballot-live over" aria-live="polite">Dépassement\u202f: ${euros('105 000').source} pour un budget de`));

    const review = await (await voter.post(`/budgets/${f.budgetId}/ballot/review`, { project: ['1', '4'] })).text();
    expect(review).toContain('<progress id="ballot-progress" max="100000" value="75000"');
    expect(review).toMatch(new RegExp(`2 projet\\(s\\) choisi\\(s\\)\u202f: ${euros('75 000').source} sur ${euros('100 000').source}, reste ${euros('25 000').source}.`));
    // Back from the review: the choices and the bar come back together.
    const back = await (await voter.post(`/budgets/${f.budgetId}/ballot`, { project: ['1', '4'] })).text();
    expect(back).toContain('value="75000"');
    expect(back).toContain('value="1" checked=""');
  });

  it('counts points on a cumulative ballot, with the points field in each card', async () => {
    await setVoting(ctx.deps.db, f, true, { ballotType: 'cumulative', pointsTotal: 10 });
    const html = await (await voter.post(`/budgets/${f.budgetId}/ballot/review`, { points_1: '7', points_2: '5' })).text();
    expect(html).toContain('<progress id="ballot-progress" max="10" value="10"');
    expect(html).toContain('class="ballot-live over" aria-live="polite">12 point(s) utilisé(s) sur 10, reste -2.</p>');
    expect(html).toMatch(/<div class="ballot-card-head"><input id="field-points_1" name="points_1" type="number"[^>]*><label for="field-points_1">Projet 1 — points<\/label><\/div>/);
    await setVoting(ctx.deps.db, f, true);
  });
});
