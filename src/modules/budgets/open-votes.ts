import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findProcessById, isActionEnabled, loadProcessDetail } from '../processes/index.ts';
import type { BudgetRow } from './queries.ts';
import { budgetsSpec } from './settings.ts';

/** A budget whose voting is open now, with how many people voted so far (online and on paper). */
export interface OpenBudgetVote {
  budget: BudgetRow;
  voters: number;
}

/**
 * The budgets people can vote in today, for the admin home. Published processes only (a draft has no
 * voters); one process detail per process, since whether voting is open depends on its current phase.
 */
export async function listOpenBudgetVotes(db: Kysely<Database>): Promise<OpenBudgetVote[]> {
  const budgets = await db
    .selectFrom('budget')
    .innerJoin('component', 'component.id', 'budget.component_id')
    .innerJoin('process', 'process.id', 'component.process_id')
    .selectAll('budget')
    .where('process.published', '=', 1)
    .where('component.published', '=', 1)
    .orderBy('budget.created_at')
    .execute();
  if (budgets.length === 0) return [];
  const components = await db.selectFrom('component').selectAll().where('id', 'in', [...new Set(budgets.map((b) => b.component_id))]).execute();
  const open = new Set<string>();
  const details = new Map<string, Awaited<ReturnType<typeof loadProcessDetail>>>();
  for (const component of components) {
    let detail = details.get(component.process_id);
    if (!detail) {
      const process = await findProcessById(db, component.process_id);
      if (!process) continue;
      details.set(component.process_id, (detail = await loadProcessDetail(db, process)));
    }
    if (!detail.closed && isActionEnabled(budgetsSpec, component, detail.current, 'vote')) open.add(component.id);
  }
  const openBudgets = budgets.filter((b) => open.has(b.component_id));
  if (openBudgets.length === 0) return [];
  const counts = await db
    .selectFrom('budget_voter')
    .select(['budget_id', (eb) => eb.fn.countAll().as('n')])
    .where('budget_id', 'in', openBudgets.map((b) => b.id))
    .groupBy('budget_id')
    .execute();
  const votersOf = new Map(counts.map((r) => [r.budget_id, Number(r.n)]));
  return openBudgets.map((budget) => ({ budget, voters: votersOf.get(budget.id) ?? 0 }));
}
