import { componentSettingsFor, todayIso, type PhaseRow } from '../processes/index.ts';
import type { BudgetContext } from './budget-context.ts';
import type { ResultRow } from './queries.ts';
import { budgetsSpec } from './settings.ts';

/**
 * Where a budget stands, as its page says it: no vote planned yet, voting to come (from a date, or
 * when the city opens it), open (until a date, or until the city closes it), closed and being
 * counted, or results published.
 */
export type BudgetStage =
  | { kind: 'unscheduled' }
  | { kind: 'upcoming'; opensOn: string | null }
  | { kind: 'open'; closesOn: string | null }
  | { kind: 'counting'; closedOn: string | null }
  | { kind: 'published'; publishedAt: string };

/** The phases in which this budget's component opens voting, in order. */
export function votingPhases(b: Pick<BudgetContext, 'component' | 'detail'>): PhaseRow[] {
  return b.detail.phases.filter((phase) => componentSettingsFor(b.component, phase.id, budgetsSpec).phase.votingEnabled);
}

/** Works out a budget's stage from its phases, the current phase (dates or chosen by hand) and its result. */
export function budgetStage(b: Pick<BudgetContext, 'component' | 'detail' | 'votingOpen'>, result: Pick<ResultRow, 'published_at'> | null, today = todayIso()): BudgetStage {
  if (result?.published_at) return { kind: 'published', publishedAt: result.published_at };
  const current = b.detail.current;
  if (b.votingOpen && current) return { kind: 'open', closesOn: current.ends_on >= today ? current.ends_on : null };
  const voting = votingPhases(b);
  if (voting.length === 0) return { kind: 'unscheduled' };
  // Still to come: after the current phase in the process's order, or (between phases) starting later.
  const next = voting.find((p) => (current ? p.position > current.position : p.starts_on > today));
  if (next) return { kind: 'upcoming', opensOn: next.starts_on > today ? next.starts_on : null };
  const last = voting[voting.length - 1];
  return { kind: 'counting', closedOn: last.ends_on < today ? last.ends_on : null };
}
