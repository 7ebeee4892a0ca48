// Add1 completion (equalshares.net): raise each voter's whole-unit endowment by 1 while the outcome fits.
// The official statement is a walk one unit at a time (add1-unit-walk.ts); this search returns exactly
// what that walk returns without running MES at every unit: a run at a higher endowment, checked
// against the trace of the last kept run, proves that every endowment in between funds the same
// projects (equal-shares-trace.ts), so whole intervals are skipped and only changes are walked.
import { BudgetLeft } from './greedy.ts';
import { equalShares, equalSharesFloat } from './equal-shares.ts';
import { equalSharesExact } from './equal-shares-exact.ts';
import { TooClose } from './equal-shares-pricer.ts';
import type { MesTrace } from './equal-shares-trace.ts';
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

/** Where the search stands, reported after each MES run. */
export interface Add1Progress {
  runs: number;
  /** Highest whole endowment known to stay within budget so far. */
  endowment: number;
  /** Cost of the outcome at that endowment. */
  cost: number;
  budget: number;
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

interface Evaluated {
  e: number;
  selected: number[];
  /** Null when exact arithmetic decided the run, which then serves as no reference. */
  trace: MesTrace | null;
}

/** Jumps of at most this many units that fail their certificate are walked from the top down. */
const BLOCK = 16;

/**
 * Runs MES with Add1 completion; same result as the unit walk, in fewer and cheaper MES runs.
 *
 * From the last kept endowment, a run `span` units higher is checked against the kept run's trace:
 * proved, the whole interval funds the kept projects and the span doubles. Refused, a long span is
 * halved (bisection); a short one (at most BLOCK) is walked one unit at a time from its top down, each
 * run taking the ρ of the run one unit above as lower bounds (equal-shares.ts), and the walk's verdict
 * is then read from the bottom up, unit by unit, exactly as the official walk reads it.
 */
export function equalSharesAdd1(profile: Profile, utilities: UtilityModel, tieBreak: readonly TieBreakKey[], variant: Add1Variant, onProgress?: (progress: Add1Progress) => void): Add1Result {
  const n = profile.voterCount;
  const all = Array.from(profile.costs, (_, i) => i);
  let runs = 0;
  let exactRuns = 0;
  const evaluate = (e: number, reference?: MesTrace | null, above?: MesTrace | null): { step: Evaluated; certified: boolean } => {
    runs++;
    const options = { utilities, tieBreak, endowment: { num: e, den: 1 } };
    try {
      const o = equalSharesFloat(profile, options, reference ?? undefined, above ?? undefined);
      return { step: { e, selected: o.selected, trace: o.trace }, certified: o.certified };
    } catch (error) {
      if (!(error instanceof TooClose)) throw error;
      exactRuns++;
      return { step: { e, selected: equalSharesExact(profile, options).selected, trace: null }, certified: false };
    }
  };
  const finish = (num: number, den: number, applied: boolean): Add1Result => {
    const outcome = equalShares(profile, { utilities, tieBreak, endowment: { num, den }, recordPayments: true });
    runs++;
    if (outcome.exact) exactRuns++;
    return { outcome, endowment: { num, den }, applied, runs, exactRuns };
  };
  if (n === 0) return finish(0, 1, false);
  // When everything fits, equalshares.net does not apply Add1: plain MES at budget/n.
  if (new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, all))) return finish(profile.budget, n, false);
  const supported = all.filter((p) => profile.supporters[p] > 0);
  const fits = (s: Evaluated) => new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, s.selected));
  // The walk stops at an exhaustive outcome (that variant), or once every supported project is funded.
  const stops = (s: Evaluated) => (variant === 'add1-exhaustive' && isExhaustive(profile, s.selected)) || s.selected.length === supported.length;
  // A supporter never pays more than a project's cost, so from an endowment of the total supported cost
  // on, every supported project is funded and the walk has stopped: no jump needs to go further.
  const ceiling = Math.ceil(totalCost(profile, supported)) + 1;
  let kept = evaluate(Math.floor(profile.budget / n)).step;
  const report = () => onProgress?.({ runs, endowment: kept.e, cost: totalCost(profile, kept.selected), budget: profile.budget });
  report();
  const seen = new Map<number, Evaluated>(); // runs above `kept` that proved nothing yet
  // The nearest run above e already made: its ρ bound e's from below.
  const nearestAbove = (e: number) => {
    let best: Evaluated | undefined;
    for (const s of seen.values()) if (s.e > e && (!best || s.e < best.e)) best = s;
    return best?.trace;
  };
  let stride = 1;
  search: while (!stops(kept)) {
    const span = Math.max(1, Math.min(stride, ceiling - kept.e));
    // A run made earlier at that endowment was refused against an earlier kept run: it proves nothing now.
    const earlier = seen.get(kept.e + span);
    const { step: top, certified } = earlier ? { step: earlier, certified: false } : evaluate(kept.e + span, kept.trace, nearestAbove(kept.e + span));
    if (certified) {
      kept = top;
      stride *= 2;
      report();
      continue;
    }
    seen.set(top.e, top);
    if (span > BLOCK) {
      stride = Math.max(BLOCK, span >> 1);
      report();
      continue;
    }
    const block = [top];
    for (let e = top.e - 1; e > kept.e; e--) block.push(seen.get(e) ?? evaluate(e, null, block[block.length - 1].trace).step);
    for (let k = block.length - 1; k >= 0; k--) {
      if (!fits(block[k])) break search;
      kept = block[k];
      if (k > 0 && stops(kept)) break;
    }
    for (const e of seen.keys()) if (e <= kept.e) seen.delete(e);
    stride = BLOCK;
    report();
  }
  return finish(kept.e, 1, true);
}
