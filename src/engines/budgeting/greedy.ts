// Greedy (utilitarian) rule: projects by descending score, each funded if it still fits.
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import { tieBreakComparator, type TieBreakKey } from './tie-break.ts';

export interface GreedyOptions {
  tieBreak: readonly TieBreakKey[];
  /** false: stop at the first project that does not fit (Gdynia's "greedy without skipping"). */
  skipping?: boolean;
  /** Projects scoring below this are never funded (META `min_project_score_threshold`). */
  minScore?: number;
}

/** Why greedy left a project out. */
export type GreedyExclusion = 'below-threshold' | 'did-not-fit' | 'stopped-before';

export interface GreedyOutcome {
  /** Funded project indices, in funding order. */
  selected: number[];
  excluded: Map<number, GreedyExclusion>;
}

/** Tracks money left with exact arithmetic when costs are not all integers. */
export class BudgetLeft {
  private float: number;
  private exact: Rational | undefined;

  constructor(budget: number, integral: boolean) {
    this.float = budget;
    this.exact = integral ? undefined : Rational.fromNumber(budget);
  }
  /** True when `cost` fits in what is left. */
  fits(cost: number): boolean {
    return this.exact ? Rational.fromNumber(cost).compare(this.exact) <= 0 : cost <= this.float;
  }
  spend(cost: number): void {
    if (this.exact) this.exact = this.exact.sub(Rational.fromNumber(cost));
    this.float -= cost;
  }
}

/** Ranks projects by descending score, ties broken by the stated order. */
export function rankByScore(profile: Profile, tieBreak: readonly TieBreakKey[]): number[] {
  const tie = tieBreakComparator(profile, tieBreak);
  const order = Array.from(profile.projectIds, (_, i) => i);
  // Scores are sums of integer points, exact in doubles, so equal scores are true ties.
  return order.sort((a, b) => profile.scores[b] - profile.scores[a] || tie(a, b));
}

/** Runs greedy with the given budget and optional pre-funded projects (used for completion). */
export function greedy(profile: Profile, options: GreedyOptions, alreadyFunded: readonly number[] = [], budget = profile.budget): GreedyOutcome {
  const left = new BudgetLeft(budget, profile.integralMoney);
  const funded = new Set(alreadyFunded);
  for (const p of alreadyFunded) left.spend(profile.costs[p]);
  const selected: number[] = [];
  const excluded = new Map<number, GreedyExclusion>();
  let stopped = false;
  for (const p of rankByScore(profile, options.tieBreak)) {
    if (funded.has(p)) continue;
    // Nobody gains from a project nobody voted for: it is never funded, even if it fits.
    if (profile.scores[p] <= 0) {
      excluded.set(p, 'below-threshold');
      continue;
    }
    if (options.minScore !== undefined && profile.scores[p] < options.minScore) excluded.set(p, 'below-threshold');
    else if (stopped) excluded.set(p, 'stopped-before');
    else if (left.fits(profile.costs[p])) {
      left.spend(profile.costs[p]);
      selected.push(p);
    } else {
      excluded.set(p, 'did-not-fit');
      if (options.skipping === false) stopped = true;
    }
  }
  return { selected, excluded };
}
