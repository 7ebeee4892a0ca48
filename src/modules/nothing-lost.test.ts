// Nothing is lost by one click: every destructive or final admin route, driven over HTTP against
// processes, components, budgets, projects and neighbourhoods that hold participation, refuses and
// leaves every row of every table where it was.
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../test/support/app.ts';
import type { Database } from '../db/schema.ts';
import { settleCounts } from './budgets/count-runner.ts';
import { createBudgetFixture, setVoting, type BudgetFixture } from './budgets/test-fixture.ts';
import { createMapFixture } from './opinion-maps/testing/map-fixture.ts';
import { createProposalsFixture, insertProposal, type ProposalsFixture } from './proposals/test-fixtures.ts';

let ctx: TestContext;
let admin: TestClient;
let adminUser: TestUser;
let budget: BudgetFixture;
let proposals: ProposalsFixture;
let map: Awaited<ReturnType<typeof createMapFixture>>;
const ids = { budgetProcess: '', mapPhase: '', proposalId: '' };

/** The number of rows of every table of the database (cocity's, better-auth's, full-text side tables, migrations). */
async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).filter((name) => !name.startsWith('sqlite_'));
  const counts: Record<string, number> = {};
  for (const name of tables.sort()) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(name)}`.execute(db);
    counts[name] = Number(rows[0].n);
  }
  return counts;
}

beforeAll(async () => {
  ctx = await createTestContext();
  const { db } = ctx.deps;
  adminUser = await ctx.createUser({ role: 'admin' });
  admin = await ctx.client().signInAs(ctx, adminUser);
  const residents = await Promise.all([ctx.createUser(), ctx.createUser()]).then((people) => Promise.all(people.map((p) => ctx.client().signInAs(ctx, p))));

  // A budget with ballots, counted and published (the demo's lost "Vote for projects").
  budget = await createBudgetFixture(db);
  for (const [i, resident] of residents.entries()) expect((await resident.post(`/budgets/${budget.budgetId}/ballot/cast`, { project: i === 0 ? ['1', '4'] : ['2', '6'] })).status).toBe(303);
  await setVoting(db, budget, false);
  expect((await admin.post(`/admin/budgets/${budget.budgetId}/count`)).status).toBe(303);
  await settleCounts(db); // the count runs in the background: publishing waits for its result
  expect((await admin.post(`/admin/budgets/${budget.budgetId}/publish`, { confirmed: 'yes' })).status).toBe(303);
  ids.budgetProcess = (await db.selectFrom('component').select('process_id').where('id', '=', budget.componentId).executeTakeFirstOrThrow()).process_id;

  // A proposal with a support and a comment.
  proposals = await createProposalsFixture(ctx);
  const author = await ctx.createUser();
  ids.proposalId = await insertProposal(ctx, proposals, author.id);
  expect((await residents[0].post(`/proposals/${ids.proposalId}/support`)).status).toBe(303);
  expect((await residents[1].post('/comments', { resource_type: 'proposal', resource_id: ids.proposalId, body: 'Bonne idée pour la cour.', stance: 'favour' })).status).toBe(303);

  // An opinion map with a host's seed statement and a visitor's vote.
  map = await createMapFixture(db, { participation: 'pseudonymous' });
  ids.mapPhase = map.phaseId;
  expect((await admin.post(`/opinion-maps/${map.componentId}/manage/seed`, { body: 'Les capteurs doivent être signalés.' })).status).toBe(303);
  const statement = await db.selectFrom('opinion_statement').select('id').where('map_id', '=', map.componentId).executeTakeFirstOrThrow();
  expect((await ctx.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: statement.id, vote: 'agree' })).status).toBe(303);
});
afterAll(() => ctx.close());

// Every admin route that deletes or removes, and the address it gets in this test. The register editor
// removal takes a permission away and holds no participation: it is confirmed, not refused.
const refusing = () => ({
  '/admin/processes/:id/delete': [ids.budgetProcess, proposals.processId, map.processId].map((p) => `/admin/processes/${p}/delete`),
  '/admin/processes/:id/phases/:phaseId/delete': [`/admin/processes/${ids.budgetProcess}/phases/${budget.phaseId}/delete`, `/admin/processes/${proposals.processId}/phases/${proposals.phaseId}/delete`, `/admin/processes/${map.processId}/phases/${ids.mapPhase}/delete`],
  '/admin/processes/:id/components/:componentId/delete': [
    `/admin/processes/${ids.budgetProcess}/components/${budget.componentId}/delete`,
    `/admin/processes/${proposals.processId}/components/${proposals.componentId}/delete`,
    `/admin/processes/${map.processId}/components/${map.componentId}/delete`,
  ],
  '/admin/budgets/:id/delete': [`/admin/budgets/${budget.budgetId}/delete`],
  '/admin/budgets/:id/projects/:projectId/delete': Object.values(budget.projects).map((p) => `/admin/budgets/${budget.budgetId}/projects/${p}/delete`),
  '/admin/neighbourhoods/:id/delete': [`/admin/neighbourhoods/${budget.hoods.north}/delete`, `/admin/neighbourhoods/${budget.hoods.south}/delete`],
});
const withoutParticipation = ['/admin/registers/departments/:department/editors/:user/remove'];

describe('destructive admin routes against what people took part in', () => {
  it('covers every admin route that deletes or removes', () => {
    const destructive = ctx.app.routes.filter((r) => r.method === 'POST' && r.path.startsWith('/admin/') && /\/(delete|remove)$/.test(r.path)).map((r) => r.path);
    expect(new Set(destructive)).toEqual(new Set([...Object.keys(refusing()), ...withoutParticipation]));
  });

  it('explains on each page what depends on the thing, and offers no delete button', async () => {
    for (const paths of Object.values(refusing())) {
      for (const path of paths) {
        const res = await admin.get(path);
        expect(res.status, path).toBe(200);
        const html = await res.text();
        expect(html, path).toContain('Ce qui en dépend');
        expect(html, path).not.toContain('name="confirmed"');
      }
    }
    // In English too (another browser: the language choice is kept in a cookie).
    const inEnglish = await ctx.client().signInAs(ctx, adminUser);
    const english = await (await inEnglish.get(`/admin/processes/${ids.budgetProcess}/components/${budget.componentId}/delete?lang=en`)).text();
    expect(english).toContain('This component cannot be removed');
    expect(english).toContain('2 ballots');
    expect(english).toContain('1 counted result');
    // A project people voted on stays on the list: the way out is its follow-up, on the refusal and on its edit page.
    const project = `/admin/budgets/${budget.budgetId}/projects/${budget.projects['1']}`;
    for (const page of [`${project}/delete`, project]) expect(await (await admin.get(page)).text(), page).toContain(`href="${project}/follow-up"`);
  });

  it('refuses each one, confirmed or not, and loses no row of any table', async () => {
    const { db } = ctx.deps;
    const before = await rowCounts(db);
    expect(before.budget_ballot).toBe(2);
    expect(before.proposal_support).toBe(1);
    expect(before.opinion_vote).toBe(1);
    for (const paths of Object.values(refusing())) {
      for (const path of paths) {
        expect((await admin.post(path)).status, `${path} without confirmation`).toBe(400);
        const confirmed = await admin.post(path, { confirmed: 'yes' });
        expect(confirmed.status, path).toBe(409);
        expect(await confirmed.text(), path).toContain('Ce qui en dépend');
      }
    }
    expect(await rowCounts(db)).toEqual(before);
    expect(await db.selectFrom('audit_log').select('action').where('action', 'like', '%delete%').execute()).toEqual([]);
  });

  it('publishes no result without the confirmation (publishing is final)', async () => {
    const { db } = ctx.deps;
    const other = await createBudgetFixture(db);
    await setVoting(db, other, false);
    expect((await admin.post(`/admin/budgets/${other.budgetId}/count`)).status).toBe(303);
    await settleCounts(db);
    const before = await rowCounts(db);
    expect((await admin.post(`/admin/budgets/${other.budgetId}/publish`)).status).toBe(400);
    expect((await db.selectFrom('budget_result').select('published_at').where('budget_id', '=', other.budgetId).executeTakeFirstOrThrow()).published_at).toBeNull();
    expect(await rowCounts(db)).toEqual(before);
  });

  it('keeps what people took part in readable by admins once unpublished, and hides it from everyone else', async () => {
    const base = `/admin/processes/${ids.budgetProcess}/components/${budget.componentId}`;
    expect((await admin.post(`${base}/unpublish`)).status).toBe(303);
    expect((await ctx.client().get(`/budgets/${budget.budgetId}`)).status).toBe(404);
    expect((await ctx.client().get(`/budgets/${budget.budgetId}/results`)).status).toBe(404);
    expect((await ctx.client().get(`/api/v1/budgets/${budget.budgetId}/results`)).status).toBe(404);
    expect(await (await ctx.client().get(`/processes/${budget.processSlug}`)).text()).not.toContain(`/c/${budget.componentId}`);
    const api = (await (await ctx.client().get(`/api/v1/processes/${budget.processSlug}`)).json()) as { components: { id: string }[] };
    expect(api.components.map((c) => c.id)).not.toContain(budget.componentId);
    expect(await (await admin.get(`/budgets/${budget.budgetId}/results`)).text()).toContain('2 bulletins dépouillés');
    expect(await (await admin.get(`/processes/${budget.processSlug}/c/${budget.componentId}`)).text()).toContain('seuls les administrateurs voient ce composant');
    expect((await admin.post(`${base}/publish`)).status).toBe(303);
    expect((await ctx.client().get(`/budgets/${budget.budgetId}/results`)).status).toBe(200);
  });

  it('does the same for proposals and an opinion map: gone from the public site and the API, whole for admins', async () => {
    const hidden = [
      { unpublish: `/admin/processes/${proposals.processId}/components/${proposals.componentId}/unpublish`, pages: [`/proposals/${ids.proposalId}`, `${proposals.base}`, `/api/v1/processes/${proposals.slug}/proposals`] },
      { unpublish: `/admin/processes/${map.processId}/components/${map.componentId}/unpublish`, pages: [map.url, `/opinion-maps/${map.componentId}/results`, `/api/v1/opinion-maps/${map.componentId}`] },
    ];
    for (const { unpublish, pages } of hidden) {
      expect((await admin.post(unpublish)).status).toBe(303);
      for (const page of pages) {
        const visitor = await ctx.client().get(page);
        // The proposals API lists the process's published proposals components only: an empty list.
        if (page.includes('/api/v1/processes/')) expect(JSON.stringify(await visitor.json()), page).not.toContain(ids.proposalId);
        else expect(visitor.status, page).toBe(404);
        if (!page.startsWith('/api/')) expect((await admin.get(page)).status, page).toBe(200);
      }
    }
    expect(await (await admin.get(`/proposals/${ids.proposalId}`)).text()).toContain('Bonne idée pour la cour.');
  });
});

describe('deleting what nothing depends on', () => {
  it('deletes an empty budget, a future phase, a component and a process once confirmed', async () => {
    const { db } = ctx.deps;
    const f = await createBudgetFixture(db, { votingEnabled: false });
    const processId = (await db.selectFrom('component').select('process_id').where('id', '=', f.componentId).executeTakeFirstOrThrow()).process_id;
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect((await admin.post(`/admin/processes/${processId}/phases`, { name_fr: 'Plus tard', starts_on: future, ends_on: future })).status).toBe(303);
    const later = await db.selectFrom('phase').select('id').where('process_id', '=', processId).where('starts_on', '=', future).executeTakeFirstOrThrow();
    const page = await (await admin.get(`/admin/budgets/${f.budgetId}/projects/${f.projects['1']}`)).text();
    expect(page).toContain(`href="/admin/budgets/${f.budgetId}/projects/${f.projects['1']}/delete"`);

    expect((await admin.post(`/admin/budgets/${f.budgetId}/projects/${f.projects['1']}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/budgets/${f.budgetId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/processes/${processId}/phases/${later.id}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/processes/${processId}/components/${f.componentId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/processes/${processId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await db.selectFrom('process').select('id').where('id', '=', processId).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('budget').select('id').where('id', '=', f.budgetId).executeTakeFirst()).toBeUndefined();
    const audited = await db.selectFrom('audit_log').select('action').where('action', 'in', ['budget.project.delete', 'budget.delete', 'phase.delete', 'component.delete', 'process.delete']).execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['budget.delete', 'budget.project.delete', 'component.delete', 'phase.delete', 'process.delete']);
  });
});
