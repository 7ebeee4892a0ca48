import { readFileSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { isAdmin, isResident } from '../../platform/session.ts';
import { pageContext } from '../../web/layout.tsx';
import { budgetAdminRoutes } from './admin-routes.tsx';
import { ballotRoutes } from './ballot-routes.tsx';
import { loadBudgetContext, type BudgetContext } from './budget-context.ts';
import { listLinkedProposals } from './project-links.ts';
import { findProject, findResult, listProjectUpdates } from './queries.ts';
import { exportPabulib, readOutcome } from './results-service.ts';
import { budgetStage } from './stage.ts';
import { BudgetPage } from './views/budget-page.tsx';
import { budgetProjectMap } from './project-map.ts';
import { drawLocator, loadCityMap } from '../geography/index.ts';
import { listAttachments } from '../attachments/index.ts';
import { projectTitle } from './views/format.ts';
import { FollowPage, ProjectPage } from './views/project-page.tsx';
import { ResultsPage } from './views/results-page.tsx';
import { ResultsPendingPage } from './views/results-pending-page.tsx';
import type { OwnVote } from './views/stage-notice.tsx';
import { voterStanding } from './voting-service.ts';

const ballotScript = readFileSync(new URL('./budget-ballot.js', import.meta.url), 'utf8');

/** Public budget pages (`/budgets/...`), the admin pages (`/admin/budgets/...`) and the ballot script. */
export const budgetRoutes = new Hono<AppEnv>();

const budgetOf = (c: Context<AppEnv>) => loadBudgetContext(c.var.deps.db, c.req.param('id') ?? '', c.var.user);

/** The result of a budget as the reader may see it: published, or a preview for admins; otherwise 404. */
async function visibleResult(c: Context<AppEnv>, budgetId: string) {
  const result = await findResult(c.var.deps.db, budgetId);
  if (!result || (!result.published_at && !isAdmin(c.var.user))) throw notFound();
  return result;
}

const pabulibFile = (c: Context<AppEnv>, text: string, name: string) =>
  c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` });

budgetRoutes.get('/static/budget-ballot.js', (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(ballotScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});

/** For a signed-in resident who voted in this budget: that they did, and whether changes are allowed. */
async function ownVote(c: Context<AppEnv>, b: BudgetContext): Promise<OwnVote | null> {
  const user = c.var.user;
  if (!isResident(user)) return null;
  const standing = await voterStanding(c.var.deps.db, b, user);
  return standing.voted ? { allowChanges: b.settings.allowChanges } : null;
}

budgetRoutes.get('/budgets/:id', async (c) => {
  const b = await budgetOf(c);
  const result = await findResult(c.var.deps.db, b.budget.id);
  const stage = budgetStage(b, result ?? null);
  const ctx = pageContext(c);
  const funded = result?.published_at ? new Set(readOutcome(result).selected) : null;
  const city = await loadCityMap(c.var.deps.db, c.var.locale);
  const map = city ? budgetProjectMap(ctx, city, b, funded) : null;
  return c.html(<BudgetPage ctx={ctx} b={b} published={Boolean(result?.published_at)} stage={stage} ownVote={await ownVote(c, b)} map={map} funded={funded} />);
});

budgetRoutes.get('/budgets/:id/projects.pb', async (c) => {
  const b = await budgetOf(c);
  return pabulibFile(c, await exportPabulib(c.var.deps.db, b, false), `budget-${b.budget.id}-projects.pb`);
});

budgetRoutes.get('/budgets/:id/projects/:projectId', async (c) => {
  const b = await budgetOf(c);
  const project = await findProject(c.var.deps.db, b.budget.id, c.req.param('projectId'));
  if (!project) throw notFound();
  const result = await findResult(c.var.deps.db, b.budget.id);
  const funded = Boolean(result?.published_at) && readOutcome(result!).selected.includes(project.ref);
  const [updates, proposals, city, attachments] = await Promise.all([
    funded ? listProjectUpdates(c.var.deps.db, project.id) : [],
    listLinkedProposals(c.var.deps.db, project.id),
    loadCityMap(c.var.deps.db, c.var.locale),
    listAttachments(c.var.deps.db, { type: 'budget_project', id: project.id }),
  ]);
  const ctx = pageContext(c);
  const locator = city ? drawLocator(c.var.t, city, { id: 'project-locator', label: projectTitle(ctx, project), latitude: project.latitude, longitude: project.longitude, neighbourhoodId: project.neighbourhood_id }) : null;
  return c.html(<ProjectPage ctx={ctx} b={b} project={project} proposals={proposals} attachments={attachments} funded={funded} updates={updates} locator={locator} />);
});

// Before publication the address answers (200) with "results will be published after counting", not 404:
// it is printed on posters and shared before the vote ends. Admins see the counted preview.
budgetRoutes.get('/budgets/:id/results', async (c) => {
  const b = await budgetOf(c);
  const result = await findResult(c.var.deps.db, b.budget.id);
  if (!result || (!result.published_at && !isAdmin(c.var.user))) return c.html(<ResultsPendingPage ctx={pageContext(c)} b={b} stage={budgetStage(b, result ?? null)} />);
  return c.html(<ResultsPage ctx={pageContext(c)} b={b} result={result} outcome={readOutcome(result)} />);
});

// The anonymous ballots and the projects, so anyone can recount with another tool.
budgetRoutes.get('/budgets/:id/results.pb', async (c) => {
  const b = await budgetOf(c);
  await visibleResult(c, b.budget.id);
  return pabulibFile(c, await exportPabulib(c.var.deps.db, b, true), `budget-${b.budget.id}.pb`);
});

budgetRoutes.get('/budgets/:id/follow', async (c) => {
  const b = await budgetOf(c);
  const result = await findResult(c.var.deps.db, b.budget.id);
  if (!result?.published_at) throw notFound();
  const selected = new Set(readOutcome(result).selected);
  return c.html(<FollowPage ctx={pageContext(c)} b={b} funded={b.projects.filter((p) => selected.has(p.ref))} />);
});

budgetRoutes.route('/budgets', ballotRoutes);
budgetRoutes.route('/admin/budgets', budgetAdminRoutes);
