import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { readPabulib, tally } from '../../engines/budgeting/index.ts';
import { settleCounts } from './count-runner.ts';
import { createBudgetFixture, setVoting, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let f: BudgetFixture;
let admin: TestClient;

// Five voters: north supporters are the majority, so greedy gives the north everything it can;
// equal shares gives the southern minority its fair part.
const votes = [['1', '2', '3'], ['1', '2', '3'], ['1', '2', '3'], ['4', '5', '6'], ['4', '5', '6']];

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval', minProjects: 1 } });
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  for (const choice of votes) {
    const client = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await client.post(`/budgets/${f.budgetId}/ballot/cast`, { project: choice })).status).toBe(303);
  }
});
afterAll(async () => ctx.close());

describe('counting and publishing', () => {
  it('refuses to count while voting is open, and hides unpublished results from the public', async () => {
    const res = await admin.post(`/admin/budgets/${f.budgetId}/count`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Le vote est encore ouvert');
    const pending = await ctx.client().get(`/budgets/${f.budgetId}/results`);
    expect(pending.status).toBe(200);
    expect(await pending.text()).toContain('Les résultats seront publiés après le dépouillement.');
    expect((await ctx.client().get(`/budgets/${f.budgetId}/results.pb`)).status).toBe(404);
    expect((await ctx.client().get(`/api/v1/budgets/${f.budgetId}/results`)).status).toBe(404);
  });

  it('counts with equal shares after voting closes, shows a preview to admins, then publishes', async () => {
    await setVoting(ctx.deps.db, f, false, { ballotType: 'approval', minProjects: 1 });
    const counted = await admin.post(`/admin/budgets/${f.budgetId}/count`);
    expect(counted.status).toBe(303);
    await settleCounts(ctx.deps.db); // the count runs in the background (count.test.ts)
    const preview = await (await admin.get(`/budgets/${f.budgetId}/results`)).text();
    expect(preview).toContain('pas encore publiés');
    const pending = await (await ctx.client().get(`/budgets/${f.budgetId}/results`)).text();
    expect(pending).toContain('Les résultats seront publiés après le dépouillement.');
    expect(pending).not.toContain('bulletins dépouillés');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/admin/budgets/${f.budgetId}/publish`, { confirmed: 'yes' })).status).toBe(403);
    // Publishing is final: the page says so first, and a post without the confirmation publishes nothing.
    const confirm = await (await admin.get(`/admin/budgets/${f.budgetId}/publish`)).text();
    expect(confirm).toContain('un résultat publié est définitif');
    expect((await admin.post(`/admin/budgets/${f.budgetId}/publish`)).status).toBe(400);
    expect((await ctx.deps.db.selectFrom('budget_result').select('published_at').where('budget_id', '=', f.budgetId).executeTakeFirstOrThrow()).published_at).toBeNull();
    expect((await admin.post(`/admin/budgets/${f.budgetId}/publish`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/count`)).status).toBe(400);
  });

  it('publishes the explanation, charts with tables, and the comparison with greedy', async () => {
    const html = await (await ctx.client().get(`/budgets/${f.budgetId}/results`)).text();
    expect(html).toContain('5 bulletins dépouillés');
    expect(html).toContain('Comparaison avec le décompte habituel (les plus votés d’abord)');
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Dépenses des projets financés par quartier/);
    expect(html).toContain('<figcaption');
    expect(html).toContain('Ce que chaque soutien a payé');
    expect(html).toContain('Ses soutiens n’avaient plus assez');
    expect(html).toContain(`href="/budgets/${f.budgetId}/results.pb"`);
  });

  it('explains the outcome in plain words: the raised share, the project a few euros short, the money left, no jargon', async () => {
    const fr = await (await ctx.client().get(`/budgets/${f.budgetId}/results`)).text();
    // 100,000 € for 5 voters is 20,000 € each; Add1 raised the share while the outcome still fitted.
    expect(fr).toMatch(/Chaque votant a reçu une part égale de 22\u202f\d{3}\s€\. C’est plus que le budget \(100\u202f000\s€\) divisé par le nombre de votants \(5\), qui donnerait 20\u202f000\s€/);
    expect(fr).toContain('S’il leur manque ne serait-ce qu’un euro, il n’est pas financé');
    expect(fr).toMatch(/Par exemple, « Projet 5 » coûte 25\u202f000\s€\u202f; ses soutiens n’avaient plus que 24\u202f998\s€\u202f: il manquait 2\s€\./);
    expect(fr).toMatch(/Il reste 20\u202f000\s€ non dépensés\u202f: c’est moins que le prix du moins cher des projets non financés \(25\u202f000\s€\)/);
    expect(fr).toMatch(/il leur restait 24\u202f998\s€, il manquait 2\s€/);
    expect(fr).toContain('<th scope="row">Mobilité</th>');
    expect(fr.toLowerCase()).not.toContain('glouton');
    const en = await (await ctx.client().get(`/budgets/${f.budgetId}/results?lang=en`)).text();
    expect(en).toContain('Every voter received an equal share of €22,');
    expect(en).toContain('which gives €20,000');
    expect(en).toContain('For example, “Project 5” costs €25,000; its supporters had only €24,998 left: €2 was missing.');
    expect(en).toContain('€20,000 is left unspent');
    expect(en).toContain('<th scope="row">Mobility</th>');
    expect(en.toLowerCase()).not.toContain('greedy');
  });

  it('offers a .pb file of anonymous ballots whose recount gives the same winners', async () => {
    const res = await ctx.client().get(`/budgets/${f.budgetId}/results.pb`);
    expect(res.status).toBe(200);
    const election = readPabulib(await res.text());
    expect(election.ballots).toHaveLength(5);
    expect(election.voterIds).toBeUndefined();
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}/results`)).json()) as { funded: { id: string }[]; rule: string; tieBreak: string[]; votes: { id: string; votes: number }[] };
    expect(api.rule).toBe('mes');
    expect(api.tieBreak).toEqual(['cost', 'votes', 'id']);
    expect(tally(election).selected).toEqual(api.funded.map((p) => p.id));
    // Equal shares funds the south's projects too; greedy would give the north all it asked for.
    expect(api.funded.map((p) => p.id)).toContain('6');
    expect([...tally(election, { rule: 'greedy' }).selected].sort()).toEqual(['1', '2', '3']);
    expect(api.votes.find((v) => v.id === '1')?.votes).toBe(3);
  });

  it('turns funded projects into projects to follow, with status, progress and updates', async () => {
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}/results`)).json()) as { funded: { id: string }[] };
    const ref = api.funded[0].id;
    const projectId = f.projects[ref];
    const saved = await admin.post(`/admin/budgets/${f.budgetId}/projects/${projectId}/follow-up`, { status: 'in-progress', progress: '40', update_fr: 'Les travaux commencent lundi.' });
    expect(saved.status).toBe(303);
    const bad = await admin.post(`/admin/budgets/${f.budgetId}/projects/${projectId}/follow-up`, { status: 'in-progress', progress: '140' });
    expect(bad.status).toBe(400);
    const page = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${projectId}`)).text();
    expect(page).toContain('Les travaux commencent lundi.');
    expect(page).toContain('Avancement\u202F: 40');
    const follow = await (await ctx.client().get(`/budgets/${f.budgetId}/follow`)).text();
    expect(follow).toContain('En cours');
  });
});

describe('results in the other language', () => {
  it('marks a French-only neighbourhood and project title in the English charts and tables, and translates the category labels', async () => {
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('id', '=', f.hoods.south).execute();
    await ctx.deps.db.updateTable('budget_project').set({ title_en: '' }).where('id', '=', f.projects['6']).execute();
    const en = await (await ctx.client().get(`/budgets/${f.budgetId}/results?lang=en`)).text();
    const suffix = (await ctx.deps.db.selectFrom('neighbourhood').select('name_fr').where('id', '=', f.hoods.south).executeTakeFirstOrThrow()).name_fr;
    // The chart's label carries lang="fr"; its text alternative and its table say "(in French)".
    expect(en).toMatch(new RegExp(`<text [^>]*lang="fr">${suffix}</text>`));
    expect(en).toMatch(new RegExp(`aria-label="Spending on funded projects by neighbourhood[^"]*${suffix} \\(in French\\)`));
    expect(en).toContain(`<th scope="row"><span lang="fr">${suffix}</span> <span class="other-language">(in French)</span></th>`);
    expect(en).toContain('<th scope="row"><span lang="fr">Projet 6</span> <span class="other-language">(in French)</span></th>');
    expect(en).toMatch(/<text [^>]*>North [^<]*<\/text>/);
    expect(en).not.toMatch(/lang="fr">North/);
    expect(en).toMatch(/<text [^>]*>Nature<\/text>/);
    const fr = await (await ctx.client().get(`/budgets/${f.budgetId}/results`)).text();
    expect(fr).not.toContain('<span lang=');
    expect(fr).not.toMatch(/<text [^>]*lang=/);
    expect(fr).not.toContain('(en anglais)');
  });
});

describe('public API', () => {
  it('lists a budget with its projects and documents both routes in OpenAPI', async () => {
    const res = await ctx.client().get(`/api/v1/budgets/${f.budgetId}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { projects: { id: string; cost: number }[]; amount: number };
    expect(body.amount).toBe(100_000);
    expect(body.projects.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect((await ctx.client().get('/api/v1/budgets/nope')).status).toBe(404);
    const doc = (await (await ctx.client().get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/budgets/{id}', '/budgets/{id}/results']));
  });
});
