import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { compareWithGreedy, explainOutcome, tally, writePabulib, type GreedyComparison, type OutcomeExplanation } from '../../engines/budgeting/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { requireAdmin } from '../../platform/session.ts';
import { neutraliseFormula } from '../../web/csv.ts';
import type { BudgetResult } from './admin-service.ts';
import type { BudgetContext } from './budget-context.ts';
import { budgetElection } from './election.ts';
import { ballotsToCount, ballotsToExport } from './ballot-box.ts';
import { findResult, type ResultRow } from './queries.ts';

/** What a count produced, stored as JSON so the published page shows exactly what was counted. */
export interface StoredOutcome {
  rule: 'mes' | 'greedy' | 'phragmen';
  completion: string;
  tieBreak: string[];
  selected: string[];
  cost: number;
  budget: number;
  endowment: number | null;
  ballots: number;
  /** Per project reference: voters who chose it, and its score (points or rank score; equal to votes for approval). */
  votes: Record<string, number>;
  scores: Record<string, number>;
  explanation: OutcomeExplanation;
  /** Null when the rule is greedy itself. */
  comparison: GreedyComparison | null;
}

/** Reads a stored outcome. */
export const readOutcome = (row: ResultRow): StoredOutcome => JSON.parse(row.outcome) as StoredOutcome;

/** Counts the ballots with the budget's rule, its explanation and the comparison with greedy. */
export async function computeOutcome(db: Kysely<Database>, ctx: BudgetContext): Promise<StoredOutcome> {
  const election = budgetElection(ctx, await ballotsToCount(db, ctx.budget.id));
  const result = tally(election, { rule: ctx.settings.rule });
  const { profile } = result.detail;
  const votes: Record<string, number> = {};
  const scores: Record<string, number> = {};
  profile.projectIds.forEach((id, j) => {
    votes[id] = profile.supporters[j];
    scores[id] = profile.scores[j];
  });
  return {
    rule: result.rule,
    completion: result.completion,
    tieBreak: result.tieBreak,
    selected: result.selected,
    cost: result.cost,
    budget: result.budget,
    endowment: result.endowment,
    ballots: election.ballots.length,
    votes,
    scores,
    explanation: explainOutcome(election, result),
    comparison: result.rule === 'greedy' ? null : compareWithGreedy(election, result),
  };
}

/** Runs the count once voting is closed (admins only); a published result is final. */
export async function countBudget(db: Kysely<Database>, user: CurrentUser | null, ctx: BudgetContext): Promise<BudgetResult<StoredOutcome>> {
  const admin = requireAdmin(user);
  if (ctx.votingOpen) return { ok: false, errors: { _form: 'budgets.results.errors.votingOpen' } };
  const existing = await findResult(db, ctx.budget.id);
  if (existing?.published_at) return { ok: false, errors: { _form: 'budgets.results.errors.published' } };
  const outcome = await computeOutcome(db, ctx);
  const row = { rule: outcome.rule, outcome: JSON.stringify(outcome), ballot_count: outcome.ballots, counted_at: new Date().toISOString(), published_at: null };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('budget_result').where('budget_id', '=', ctx.budget.id).execute();
    await trx.insertInto('budget_result').values({ budget_id: ctx.budget.id, ...row }).execute();
    await recordAudit(trx, { userId: admin.id }, 'budget.count', { type: 'budget', id: ctx.budget.id }, { rule: outcome.rule, ballots: outcome.ballots, selected: outcome.selected });
  });
  return { ok: true, value: outcome };
}

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
