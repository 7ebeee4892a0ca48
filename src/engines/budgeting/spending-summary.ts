// Distribution of how much of each voter's equal share MES spent.
import type { Profile } from './profile.ts';

export interface SpendingSummary {
  voters: number;
  /** Each voter's starting money. */
  endowment: number;
  /** Fractions (0..1) of the endowment spent: weighted quantiles over voters. */
  spentShare: { min: number; q1: number; median: number; q3: number; max: number; mean: number };
  votersSpendingNothing: number;
  votersSpendingEverything: number;
}

/** Summarises spent shares from per-group final balances (voters in a group spent the same). */
export function describeSpending(profile: Profile, balances: Float64Array, endowment: number): SpendingSummary {
  const G = profile.groupWeight.length;
  const order = Array.from({ length: G }, (_, g) => g);
  const share = (g: number) => (endowment > 0 ? Math.min(1, Math.max(0, (endowment - balances[g]) / endowment)) : 0);
  order.sort((a, b) => share(a) - share(b));
  const voters = profile.voterCount;
  const quantile = (q: number) => {
    if (G === 0) return 0;
    const target = q * (voters - 1);
    let seen = 0;
    for (const g of order) {
      seen += profile.groupWeight[g];
      if (seen > target) return share(g);
    }
    return share(order[G - 1]);
  };
  let mean = 0;
  let nothing = 0;
  let everything = 0;
  for (let g = 0; g < G; g++) {
    const w = profile.groupWeight[g];
    mean += w * share(g);
    // Relative tolerance: balances are floats, a voter with a billionth of their share left spent it all.
    if (balances[g] >= endowment * (1 - 1e-9)) nothing += w;
    if (balances[g] <= endowment * 1e-9) everything += w;
  }
  return {
    voters,
    endowment,
    spentShare: { min: quantile(0), q1: quantile(0.25), median: quantile(0.5), q3: quantile(0.75), max: quantile(1), mean: voters > 0 ? mean / voters : 0 },
    votersSpendingNothing: nothing,
    votersSpendingEverything: everything,
  };
}
