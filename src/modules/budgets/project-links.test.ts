import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { createBudgetFixture, type BudgetFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: BudgetFixture;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createBudgetFixture(ctx.deps.db, { settings: { ballotType: 'approval' } });
});
afterAll(async () => ctx.close());

// The project form is multipart (it carries files); a save without a file sends an empty file field, as browsers do.
function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  data.append('new_image_1', new File([], '', { type: 'application/octet-stream' }));
  return data;
}

const projectsNamed = (title: string) => ctx.deps.db.selectFrom('budget_project').selectAll().where('budget_id', '=', f.budgetId).where('title_fr', '=', title).execute();

/** A proposals component with a proposal in the given process; returns the proposal id. */
async function addProposal(processId: string, title: string, hidden = false): Promise<string> {
  const now = new Date().toISOString();
  const componentId = randomUUID();
  const id = randomUUID();
  await ctx.deps.db.insertInto('component').values({ id: componentId, process_id: processId, type: 'proposals', name_fr: 'Propositions', name_en: 'Proposals', position: 2, settings: '{}', published: 1, created_at: now }).execute();
  await ctx.deps.db
    .insertInto('proposal')
    .values({ id, component_id: componentId, process_id: processId, title, body: 'Texte', category: 'nature', neighbourhood_id: null, address: '', author_user_id: null, author_org_id: null, show_member_name: 0, supports_count: 0, threshold_reached_at: null, answer_status: null, answer_text: '', answered_at: null, draft_status: null, draft_text: '', withdrawn_at: null, hidden_at: hidden ? now : null, hidden_reason: null, edited_at: null, shuffle_key: 7, created_at: now })
    .execute();
  return id;
}

const processIdOf = async (slug: string) => (await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

describe('links to the proposals a project comes from', () => {
  it('offers the proposals of the same process, refuses others, and lists the linked ones on the project page', async () => {
    const processId = await processIdOf(f.processSlug);
    const benches = await addProposal(processId, 'Des bancs au soleil');
    const trees = await addProposal(processId, 'Planter des tilleuls');
    const hidden = await addProposal(processId, 'Proposition masquée', true);
    const other = await createBudgetFixture(ctx.deps.db);
    const elsewhere = await addProposal(await processIdOf(other.processSlug), 'Ailleurs');

    const newForm = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/new`)).text();
    expect(newForm).toContain('enctype="multipart/form-data"');
    expect(newForm).toContain(`value="${benches}"`);
    expect(newForm).toContain('Planter des tilleuls');
    expect(newForm).not.toContain('Ailleurs');

    const refused = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Square', cost: '9000', proposals: [benches, elsewhere] }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="error-proposals"');
    expect(await projectsNamed('Square')).toHaveLength(0);

    const ok = await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects`, form({ title_fr: 'Square', cost: '9000', proposals: [benches, trees, hidden], proposal_url: 'https://bellerive.example/etude' }));
    expect(ok.status).toBe(303);
    const [project] = await projectsNamed('Square');
    const links = await ctx.deps.db.selectFrom('budget_project_proposal').select('proposal_id').where('project_id', '=', project.id).execute();
    expect(links.map((l) => l.proposal_id).sort()).toEqual([benches, trees, hidden].sort());

    const page = await (await ctx.client().get(`/budgets/${f.budgetId}/projects/${project.id}`)).text();
    expect(page).toContain(`<a href="/proposals/${benches}">Des bancs au soleil</a>`);
    expect(page).toContain(`<a href="/proposals/${trees}">Planter des tilleuls</a>`);
    expect(page).not.toContain('Proposition masquée');
    expect(page).toContain('href="https://bellerive.example/etude"');
    const api = (await (await ctx.client().get(`/api/v1/budgets/${f.budgetId}`)).json()) as { projects: { url: string; proposals: string[] }[] };
    const inApi = api.projects.find((p) => p.url.endsWith(`/projects/${project.id}`))!;
    expect(inApi.proposals.sort()).toEqual([`${ctx.deps.config.baseUrl}/proposals/${benches}`, `${ctx.deps.config.baseUrl}/proposals/${trees}`].sort());

    // The edit form shows the links ticked; unticking one removes it.
    const edit = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/${project.id}`)).text();
    expect(edit).toMatch(new RegExp(`value="${benches}" checked`));
    expect((await admin.postMultipart(`/admin/budgets/${f.budgetId}/projects/${project.id}`, form({ title_fr: 'Square', cost: '9000', proposals: trees }))).status).toBe(303);
    const after = await ctx.deps.db.selectFrom('budget_project_proposal').select('proposal_id').where('project_id', '=', project.id).execute();
    expect(after.map((l) => l.proposal_id)).toEqual([trees]);
  });
});
