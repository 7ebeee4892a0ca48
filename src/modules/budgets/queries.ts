import type { Kysely, Selectable } from 'kysely';
import type { BudgetProjectTable, BudgetProjectUpdateTable, BudgetResultTable, BudgetTable, Database } from '../../db/schema.ts';

export type BudgetRow = Selectable<BudgetTable>;
export type ProjectRow = Selectable<BudgetProjectTable>;
export type ProjectUpdateRow = Selectable<BudgetProjectUpdateTable>;
export type ResultRow = Selectable<BudgetResultTable>;

// pg returns integer columns as numbers but COUNT and bigint as strings: normalise once here.
const budgetOf = (r: BudgetRow): BudgetRow => ({ ...r, amount: Number(r.amount), position: Number(r.position) });
const projectOf = (r: ProjectRow): ProjectRow => ({ ...r, cost: Number(r.cost), progress: Number(r.progress), position: Number(r.position) });

/** One budget by id. */
export async function findBudget(db: Kysely<Database>, id: string): Promise<BudgetRow | undefined> {
  const row = await db.selectFrom('budget').selectAll().where('id', '=', id).executeTakeFirst();
  return row && budgetOf(row);
}

/** The budgets of a component, in order. */
export async function listBudgets(db: Kysely<Database>, componentId: string): Promise<BudgetRow[]> {
  const rows = await db.selectFrom('budget').selectAll().where('component_id', '=', componentId).orderBy('position').orderBy('created_at').execute();
  return rows.map(budgetOf);
}

/** The projects of a budget, in order. */
export async function listProjects(db: Kysely<Database>, budgetId: string): Promise<ProjectRow[]> {
  const rows = await db.selectFrom('budget_project').selectAll().where('budget_id', '=', budgetId).orderBy('position').orderBy('ref').execute();
  return rows.map(projectOf);
}

/** One project of a budget. */
export async function findProject(db: Kysely<Database>, budgetId: string, projectId: string): Promise<ProjectRow | undefined> {
  const row = await db.selectFrom('budget_project').selectAll().where('budget_id', '=', budgetId).where('id', '=', projectId).executeTakeFirst();
  return row && projectOf(row);
}

/** The public updates of a project, newest first. */
export function listProjectUpdates(db: Kysely<Database>, projectId: string): Promise<ProjectUpdateRow[]> {
  return db.selectFrom('budget_project_update').selectAll().where('project_id', '=', projectId).orderBy('created_at', 'desc').execute();
}

/** The choices of the ballots in a budget's urn (not those still in the pool: see ballot-box.ts), ordered by their random id. */
export async function listBallotChoices(db: Kysely<Database>, budgetId: string): Promise<string[]> {
  const rows = await db.selectFrom('budget_ballot').select('choices').where('budget_id', '=', budgetId).orderBy('id').execute();
  return rows.map((r) => r.choices);
}

/** How many people have voted in a budget (online and paper). */
export async function countVoters(db: Kysely<Database>, budgetId: string): Promise<number> {
  const row = await db.selectFrom('budget_voter').select((eb) => eb.fn.countAll().as('n')).where('budget_id', '=', budgetId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Whether this voter key is already in the register of a budget. */
export async function hasVoted(db: Kysely<Database>, budgetId: string, voterKey: string): Promise<boolean> {
  const row = await db.selectFrom('budget_voter').select('voter_key').where('budget_id', '=', budgetId).where('voter_key', '=', voterKey).executeTakeFirst();
  return row !== undefined;
}

/** The counted result of a budget, if any. */
export async function findResult(db: Kysely<Database>, budgetId: string): Promise<ResultRow | undefined> {
  const row = await db.selectFrom('budget_result').selectAll().where('budget_id', '=', budgetId).executeTakeFirst();
  return row && { ...row, ballot_count: Number(row.ballot_count) };
}

/** The neighbourhood a resident declared, if any. */
export function findResidentNeighbourhood(db: Kysely<Database>, userId: string): Promise<{ neighbourhood_id: string; locked: number } | undefined> {
  return db.selectFrom('resident_neighbourhood').select(['neighbourhood_id', 'locked']).where('user_id', '=', userId).executeTakeFirst();
}

/** A voter's entry in the register of a budget: how they voted, and their receipt's register fingerprint. */
export function findVoterEntry(db: Kysely<Database>, budgetId: string, voterKey: string): Promise<{ channel: string; receipt_tag: string | null } | undefined> {
  return db.selectFrom('budget_voter').select(['channel', 'receipt_tag']).where('budget_id', '=', budgetId).where('voter_key', '=', voterKey).executeTakeFirst();
}
