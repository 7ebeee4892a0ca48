import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { listBudgets } from './queries.ts';
import type { BudgetCard } from './views/budget-list.tsx';

/** The budgets of a component as cards: three queries whatever the number of budgets. */
export async function listBudgetCards(db: Kysely<Database>, componentId: string): Promise<BudgetCard[]> {
  const budgets = await listBudgets(db, componentId);
  if (budgets.length === 0) return [];
  const ids = budgets.map((b) => b.id);
  const [counts, published] = await Promise.all([
    db.selectFrom('budget_project').select(['budget_id', (eb) => eb.fn.countAll().as('n')]).where('budget_id', 'in', ids).groupBy('budget_id').execute(),
    db.selectFrom('budget_result').select('budget_id').where('budget_id', 'in', ids).where('published_at', 'is not', null).execute(),
  ]);
  const countOf = new Map(counts.map((r) => [r.budget_id, Number(r.n)]));
  const isPublished = new Set(published.map((r) => r.budget_id));
  return budgets.map((budget) => ({ budget, projects: countOf.get(budget.id) ?? 0, published: isPublished.has(budget.id) }));
}
