import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { adminOnly } from '../../platform/session.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { deleteBudget, requireBudgetComponent, saveBudget } from './admin-service.ts';
import { loadBudgetContext, type BudgetContext } from './budget-context.ts';
import { budgetProjectRoutes } from './admin-project-routes.tsx';
import { importPabulib } from './import-service.ts';
import { budgetParticipation } from './participation.ts';
import { findResult, listBudgets } from './queries.ts';
import { exportPabulib, publishResults } from './results-service.ts';
import { budgetCountRoutes } from './count-routes.tsx';
import { requestCount } from './count-service.ts';
import { budgetSchema } from './schemas.ts';
import { AdminComponentPage } from './views/admin-budget-page.tsx';
import { BudgetDeletePage, PublishResultsPage } from './views/removal-pages.tsx';
import { budgetValues, renderBudgetAdmin, translated } from './admin-render.tsx';

/** Admin pages of budgets, under `/admin/budgets` (admins only). */
export const budgetAdminRoutes = new Hono<AppEnv>();
budgetAdminRoutes.use('*', adminOnly);

const budgetOf = (c: Context<AppEnv>) => loadBudgetContext(c.var.deps.db, c.req.param('id') ?? '', c.var.user);

async function renderComponent(c: Context<AppEnv>, state: FormState, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const component = await requireBudgetComponent(db, c.req.param('componentId') ?? '');
  const [budgets, neighbourhoods] = await Promise.all([listBudgets(db, component.id), listNeighbourhoods(db)]);
  return c.html(<AdminComponentPage ctx={pageContext(c)} component={component} processId={component.process_id} budgets={budgets} neighbourhoods={neighbourhoods} state={state} />, status);
}

budgetAdminRoutes.get('/component/:componentId', (c) => renderComponent(c, emptyForm({ currency: 'EUR' })));

budgetAdminRoutes.post('/component/:componentId', async (c) => {
  const parsed = await parseForm(c, budgetSchema, c.var.t);
  const result = parsed.ok ? await saveBudget(c.var.deps.db, c.var.user, c.req.param('componentId'), null, parsed.data) : null;
  if (!parsed.ok) return renderComponent(c, parsed, 400);
  if (!result!.ok) return renderComponent(c, { values: parsed.values, errors: translated(c, result!.errors) }, 400);
  setFlash(c, 'budgets.flash.created');
  return c.redirect(`/admin/budgets/${result!.value}`, 303);
});

budgetAdminRoutes.get('/:id', async (c) => renderBudgetAdmin(c, await budgetOf(c)));

budgetAdminRoutes.post('/:id', async (c) => {
  const b = await budgetOf(c);
  const parsed = validateValues(await readForm(c), budgetSchema, c.var.t);
  if (!parsed.ok) return renderBudgetAdmin(c, b, parsed, undefined, 400);
  const result = await saveBudget(c.var.deps.db, c.var.user, b.component.id, b.budget.id, parsed.data);
  if (!result.ok) return renderBudgetAdmin(c, b, { values: parsed.values, errors: translated(c, result.errors) }, undefined, 400);
  setFlash(c, 'flash.saved');
  return c.redirect(`/admin/budgets/${b.budget.id}`, 303);
});

async function renderDeletion(c: Context<AppEnv>, b: BudgetContext, unconfirmed: boolean, status: 200 | 400 | 409) {
  const held = await budgetParticipation(c.var.deps.db, b.budget.id);
  return c.html(<BudgetDeletePage ctx={pageContext(c)} b={b} held={held} unconfirmed={unconfirmed} />, status);
}

budgetAdminRoutes.get('/:id/delete', async (c) => renderDeletion(c, await budgetOf(c), false, 200));

budgetAdminRoutes.post('/:id/delete', async (c) => {
  const b = await budgetOf(c);
  if (!isConfirmed(await readForm(c))) return renderDeletion(c, b, true, 400);
  const result = await deleteBudget(c.var.deps.db, c.var.deps.config.uploadDir, c.var.user, b.budget);
  if (!result.ok) return renderDeletion(c, b, false, 409);
  setFlash(c, 'budgets.flash.deleted');
  return c.redirect(`/admin/budgets/component/${b.component.id}`, 303);
});

budgetAdminRoutes.post('/:id/import', async (c) => {
  const b = await budgetOf(c);
  const body = await c.req.parseBody();
  const file = body.file;
  const text = typeof file === 'object' && file !== null && file.size > 0 ? await file.text() : '';
  if (!text) return renderBudgetAdmin(c, b, undefined, { values: {}, errors: { file: c.var.t('budgets.import.errors.noFile') } }, 400);
  const result = await importPabulib(c.var.deps.db, c.var.user, b, text, body.with_ballots === 'on', c.var.t);
  if (!result.ok) return renderBudgetAdmin(c, b, undefined, { values: {}, errors: result.errors }, 400);
  setFlash(c, 'budgets.flash.imported');
  return c.redirect(`/admin/budgets/${b.budget.id}`, 303);
});

budgetAdminRoutes.get('/:id/ballots.pb', async (c) => {
  const b = await budgetOf(c);
  // While voting runs, a ballot download would publish partial results.
  if (b.votingOpen) return renderBudgetAdmin(c, b, { values: budgetValues(b), errors: { _form: c.var.t('budgets.results.errors.votingOpen') } }, undefined, 400);
  const text = await exportPabulib(c.var.deps.db, b, true);
  return c.body(text, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `attachment; filename="budget-${b.budget.id}.pb"` });
});

// Counting runs in the background: the request queues it and shows its progress page.
budgetAdminRoutes.post('/:id/count', async (c) => {
  const b = await budgetOf(c);
  const result = await requestCount(c.var.deps, c.var.user, b);
  if (!result.ok) return renderBudgetAdmin(c, b, { values: budgetValues(b), errors: translated(c, result.errors) }, undefined, 400);
  return c.redirect(`/admin/budgets/${b.budget.id}/count`, 303);
});

// Why results cannot be published now (nothing counted, voting still open, already published), or null.
async function publishProblem(c: Context<AppEnv>, b: BudgetContext): Promise<string | null> {
  const result = await findResult(c.var.deps.db, b.budget.id);
  if (!result) return 'budgets.results.errors.notCounted';
  if (b.votingOpen) return 'budgets.results.errors.votingOpen';
  return result.published_at ? 'budgets.results.errors.published' : null;
}

budgetAdminRoutes.get('/:id/publish', async (c) => {
  const b = await budgetOf(c);
  const problem = await publishProblem(c, b);
  return c.html(<PublishResultsPage ctx={pageContext(c)} b={b} problem={problem ? c.var.t(problem) : undefined} />, problem ? 409 : 200);
});

budgetAdminRoutes.post('/:id/publish', async (c) => {
  const b = await budgetOf(c);
  if (!isConfirmed(await readForm(c))) return c.html(<PublishResultsPage ctx={pageContext(c)} b={b} unconfirmed />, 400);
  const result = await publishResults(c.var.deps.db, c.var.user, b);
  if (!result.ok) return c.html(<PublishResultsPage ctx={pageContext(c)} b={b} problem={translated(c, result.errors)._form} />, 409);
  setFlash(c, 'budgets.flash.published');
  return c.redirect(`/budgets/${b.budget.id}/results`, 303);
});

budgetAdminRoutes.route('/', budgetProjectRoutes);
budgetAdminRoutes.route('/', budgetCountRoutes);
