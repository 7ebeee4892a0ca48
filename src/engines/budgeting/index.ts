// Public API of the participatory-budgeting engine (pure: no I/O).
export type { Add1Progress } from './add1.ts';
export type { Ballot, Election, PointsEntry, Project, VoteType } from './election.ts';
export { PabulibError } from './pabulib-csv.ts';
export { PabulibReader, readPabulib } from './pabulib-reader.ts';
export { writePabulib } from './pabulib-writer.ts';
export { tally, type Completion, type RuleName, type TallyOptions, type TallyResult } from './tally.ts';
export { DEFAULT_TIE_BREAK, normaliseTieBreak, type TieBreakKey } from './tie-break.ts';
export {
  explainOutcome,
  voterPayments,
  type FundedProject,
  type NotFundedReason,
  type OutcomeExplanation,
  type UnfundedProject,
  type VoterPayment,
} from './explain.ts';
export type { SpendingSummary } from './spending-summary.ts';
export { compareWithGreedy, type GreedyComparison, type SpendingShift } from './compare-greedy.ts';
