// Add1 completion (equalshares.net): raise each voter's whole-unit endowment by 1 while the outcome fits.
import { BudgetLeft } from './greedy.ts';
import { equalShares } from './equal-shares.ts';
import type { MesOutcome, UtilityModel } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';
import type { TieBreakKey } from './tie-break.ts';

/** add1: keep the last outcome within budget; add1-exhaustive: stop at the first exhaustive one. */
export type Add1Variant = 'add1' | 'add1-exhaustive';

export interface Add1Result {
  outcome: MesOutcome;
  /** Per-voter endowment of the kept run, as an exact fraction. */
  endowment: { num: number; den: number };
  /** False when all projects fit in the budget, so plain MES at budget/n was used. */
  applied: boolean;
  /** MES runs performed. */
  runs: number;
  /** Runs that needed exact rational arithmetic. */
  exactRuns: number;
}

/** Total cost of a set of projects. */
export function totalCost(profile: Profile, projects: readonly number[]): number {
  let sum = 0;
  for (const p of projects) sum += profile.costs[p];
  return sum;
}

/** True when no unfunded project fits in the money left. */
export function isExhaustive(profile: Profile, selected: readonly number[]): boolean {
  const left = new BudgetLeft(profile.budget, profile.integralMoney);
  for (const p of selected) left.spend(profile.costs[p]);
  const funded = new Set(selected);
  for (let p = 0; p < profile.costs.length; p++) if (!funded.has(p) && left.fits(profile.costs[p])) return false;
  return true;
}

/** Runs MES with Add1 completion by unit steps of the per-voter endowment. */
export function equalSharesAdd1(profile: Profile, utilities: UtilityModel, tieBreak: readonly TieBreakKey[], variant: Add1Variant): Add1Result {
  const n = profile.voterCount;
  const all = Array.from(profile.costs, (_, i) => i);
  const run = (num: number, den: number, recordPayments = false) =>
    equalShares(profile, { utilities, tieBreak, endowment: { num, den }, recordPayments });
  if (n === 0) return { outcome: run(0, 1, true), endowment: { num: 0, den: 1 }, applied: false, runs: 1, exactRuns: 0 };
  // When everything fits, equalshares.net does not apply Add1: plain MES at budget/n.
  if (new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, all))) {
    return { outcome: run(profile.budget, n, true), endowment: { num: profile.budget, den: n }, applied: false, runs: 1, exactRuns: 0 };
  }
  const supported = all.filter((p) => profile.supporters[p] > 0).length;
  let e = Math.floor(profile.budget / n);
  let kept = e;
  let runs = 0;
  let exactRuns = 0;
  for (;;) {
    const outcome = run(e, 1);
    runs++;
    if (outcome.exact) exactRuns++;
    if (!new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, outcome.selected))) break;
    kept = e;
    if (variant === 'add1-exhaustive' && isExhaustive(profile, outcome.selected)) break;
    // Once every supported project is funded, more money cannot change anything.
    if (outcome.selected.length === supported) break;
    e++;
  }
  const outcome = run(kept, 1, true);
  return { outcome, endowment: { num: kept, den: 1 }, applied: true, runs: runs + 1, exactRuns: exactRuns + (outcome.exact ? 1 : 0) };
}
