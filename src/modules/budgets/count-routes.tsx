import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { adminOnly } from '../../platform/session.ts';
import { pageContext } from '../../web/layout.tsx';
import { loadBudgetContext } from './budget-context.ts';
import { findCount } from './count-jobs.ts';
import { COUNT_TIME_LIMIT_MS } from './count-runner.ts';
import { CountPage } from './views/count-page.tsx';

/** The progress page of a budget's count, under `/admin/budgets` (admins only). */
export const budgetCountRoutes = new Hono<AppEnv>();
budgetCountRoutes.use('*', adminOnly);

budgetCountRoutes.get('/:id/count', async (c) => {
  const b = await loadBudgetContext(c.var.deps.db, c.req.param('id'), c.var.user);
  const status = await findCount(c.var.deps.db, b.budget.id);
  if (!status) return c.redirect(`/admin/budgets/${b.budget.id}`, 303);
  if (status.state === 'done') {
    setFlash(c, 'budgets.flash.counted');
    return c.redirect(`/budgets/${b.budget.id}/results`, 303);
  }
  return c.html(<CountPage ctx={pageContext(c)} budget={b.budget} status={status} timeLimitMinutes={COUNT_TIME_LIMIT_MS / 60_000} auto={c.req.query('auto') === '1'} />);
});
