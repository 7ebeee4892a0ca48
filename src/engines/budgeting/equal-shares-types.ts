// Shared inputs and outputs of the Method of Equal Shares (fast and exact implementations).
import type { TieBreakKey } from './tie-break.ts';

/**
 * cost: approval ballots, a supporter's utility is the project's cost (equalshares.net);
 * points: cardinal utilities (points, or positional scores for ordinal ballots).
 */
export type UtilityModel = 'cost' | 'points';

export interface MesOptions {
  utilities: UtilityModel;
  tieBreak: readonly TieBreakKey[];
  /** Each voter's starting money, as the exact fraction num/den (budget/n, or a whole number for Add1). */
  endowment: { num: number; den: number };
  /** Keep each funded project's per-group payments (for explanations). */
  recordPayments?: boolean;
}

export interface MesOutcome {
  /** Funded project indices in funding order. */
  selected: number[];
  /** Per funded project: what each supporting group's voters paid each, aligned with the profile's support list. */
  payments: Map<number, Float64Array>;
  /** Money left per voter, per group (empty unless recordPayments was asked). */
  balances: Float64Array;
  /** True when the exact rational implementation decided this run (a float decision was too close to call). */
  exact: boolean;
}

/** Relative margin below which a float comparison is not trusted (float error here stays below 1e-11). */
export const NEAR = 1e-9;
