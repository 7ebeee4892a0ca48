// Add1 as equalshares.net states it, one unit at a time: the reference the fast search is tested against.
import { BudgetLeft } from './greedy.ts';
import { equalShares } from './equal-shares.ts';
import type { MesOutcome, UtilityModel } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';
import type { TieBreakKey } from './tie-break.ts';
import { isExhaustive, totalCost, type Add1Variant } from './add1.ts';

/** Add1 by plain unit steps of the per-voter endowment (one MES run per whole endowment). */
export function equalSharesAdd1UnitWalk(profile: Profile, utilities: UtilityModel, tieBreak: readonly TieBreakKey[], variant: Add1Variant): { outcome: MesOutcome; endowment: number; applied: boolean } {
  const n = profile.voterCount;
  const all = Array.from(profile.costs, (_, i) => i);
  const run = (num: number, den: number) => equalShares(profile, { utilities, tieBreak, endowment: { num, den }, recordPayments: true });
  if (n === 0) return { outcome: run(0, 1), endowment: 0, applied: false };
  if (new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, all))) return { outcome: run(profile.budget, n), endowment: profile.budget / n, applied: false };
  const supported = all.filter((p) => profile.supporters[p] > 0).length;
  let e = Math.floor(profile.budget / n);
  let kept = run(e, 1);
  let keptAt = e;
  for (;;) {
    if (variant === 'add1-exhaustive' && isExhaustive(profile, kept.selected)) break;
    if (kept.selected.length === supported) break;
    e++;
    const outcome = run(e, 1);
    if (!new BudgetLeft(profile.budget, profile.integralMoney).fits(totalCost(profile, outcome.selected))) break;
    kept = outcome;
    keptAt = e;
  }
  return { outcome: kept, endowment: keptAt, applied: true };
}
