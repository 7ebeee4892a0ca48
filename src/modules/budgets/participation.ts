import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { Tally } from '../../web/confirm.tsx';

type BudgetsOf = { budgetId: string } | { componentId: string };

/**
 * What residents contributed to budgets (one, or every budget of a component): ballots (cast online,
 * on paper or imported, in the urn or still waiting in the pool), the register of who voted, counted
 * results. With `lock` (inside a deletion's transaction) the budget rows are locked first: a ballot
 * being cast references its budget, so it waits for the deletion to finish and is then refused,
 * instead of vanishing with it.
 */
async function tallyBudgets(db: Kysely<Database>, of: BudgetsOf, lock: boolean): Promise<Tally[]> {
  let budgets = db.selectFrom('budget').select('id');
  budgets = 'budgetId' in of ? budgets.where('id', '=', of.budgetId) : budgets.where('component_id', '=', of.componentId);
  const ids = (await (lock ? forUpdate(db, budgets) : budgets).execute()).map((r) => r.id);
  const count = async (table: 'budget_ballot' | 'budget_ballot_pool' | 'budget_voter' | 'budget_result') => {
    if (ids.length === 0) return 0;
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('budget_id', 'in', ids).executeTakeFirst();
    return Number(row?.n ?? 0);
  };
  return [
    // Ballots still waiting in the pool for their batch are ballots all the same.
    { key: 'budgets.held.ballots', count: (await count('budget_ballot')) + (await count('budget_ballot_pool')) },
    { key: 'budgets.held.voters', count: await count('budget_voter') },
    { key: 'budgets.held.results', count: await count('budget_result') },
  ];
}

/** What residents contributed to one budget; a budget (or any of its projects) holding any is never deleted. */
export const budgetParticipation = (db: Kysely<Database>, budgetId: string, lock = false): Promise<Tally[]> => tallyBudgets(db, { budgetId }, lock);

/** What residents contributed to every budget of a budgets component (the component's `participation`). */
export const budgetComponentParticipation = (db: Kysely<Database>, componentId: string, lock = false): Promise<Tally[]> => tallyBudgets(db, { componentId }, lock);
