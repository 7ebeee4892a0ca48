import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import type { FieldErrors, FormValues } from '../../platform/form.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import type { BudgetContext } from './budget-context.ts';
import { budgetParticipation } from './participation.ts';
import { findCount } from './count-jobs.ts';
import { countVoters, findResult } from './queries.ts';
import { AdminBudgetPage } from './views/admin-budget-page.tsx';

/** Translates service error keys into messages. */
export const translated = (c: Context<AppEnv>, errors: FieldErrors): FieldErrors => Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, c.var.t(v)]));
/** A budget as the values of its edit form. */
export const budgetValues = (b: BudgetContext): FormValues => ({ ...b.budget, amount: String(b.budget.amount), neighbourhood_id: b.budget.neighbourhood_id ?? '', position: '' });

/** Renders a budget's admin page (with an edit form state and an import form state). */
export async function renderBudgetAdmin(c: Context<AppEnv>, b: BudgetContext, state?: FormState, importState: FormState = emptyForm(), status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [voters, result, held, count] = await Promise.all([countVoters(db, b.budget.id), findResult(db, b.budget.id), budgetParticipation(db, b.budget.id), findCount(db, b.budget.id)]);
  return c.html(<AdminBudgetPage ctx={pageContext(c)} b={b} voters={voters} result={result ?? null} held={held} count={count} state={state ?? emptyForm(budgetValues(b))} importState={importState} />, status);
}

