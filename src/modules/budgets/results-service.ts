import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { writePabulib } from '../../engines/budgeting/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { requireAdmin } from '../../platform/session.ts';
import { neutraliseFormula } from '../../web/csv.ts';
import type { BudgetResult } from './admin-service.ts';
import type { BudgetContext } from './budget-context.ts';
import type { StoredOutcome } from './count-outcome.ts';
import { budgetElection } from './election.ts';
import { ballotsToCount, ballotsToExport } from './ballot-box.ts';
import { findResult, type ResultRow } from './queries.ts';

export type { StoredOutcome } from './count-outcome.ts';

/** Reads a stored outcome. */
export const readOutcome = (row: ResultRow): StoredOutcome => JSON.parse(row.outcome) as StoredOutcome;

/** Publishes a counted result: the results page, the .pb download and the follow-up of funded projects open to all. */
export async function publishResults(db: Kysely<Database>, user: CurrentUser | null, ctx: BudgetContext): Promise<BudgetResult<null>> {
  const admin = requireAdmin(user);
  const existing = await findResult(db, ctx.budget.id);
  if (!existing) return { ok: false, errors: { _form: 'budgets.results.errors.notCounted' } };
  if (ctx.votingOpen) return { ok: false, errors: { _form: 'budgets.results.errors.votingOpen' } };
  if (existing.published_at) return { ok: true, value: null };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('budget_result').set({ published_at: new Date().toISOString() }).where('budget_id', '=', ctx.budget.id).execute();
    await recordAudit(trx, { userId: admin.id }, 'budget.publish', { type: 'budget', id: ctx.budget.id }, {});
  });
  return { ok: true, value: null };
}

/** The budget as a Pabulib file: projects, and the anonymous ballots when `withBallots`. */
export async function exportPabulib(db: Kysely<Database>, ctx: BudgetContext, withBallots: boolean): Promise<string> {
  const ballots = withBallots ? await ballotsToExport(db, ctx.budget.id) : [];
  const election = budgetElection(ctx, ballots);
  // People open .pb files in spreadsheets too: free text written by staff is neutralised like every CSV
  // export. Ids, costs and ballots are left exact, so a recount gives the same result.
  const text = (value: string | undefined) => (value === undefined ? undefined : neutraliseFormula(value));
  return writePabulib({
    ...election,
    projects: election.projects.map((p) => ({ ...p, name: text(p.name), category: text(p.category), neighbourhood: text(p.neighbourhood) })),
    meta: Object.fromEntries(Object.entries(election.meta ?? {}).map(([key, value]) => [key, neutraliseFormula(value)])),
  });
}
