// Method of Equal Shares, float fast path with certified decisions.
// Any decision whose float margin is below NEAR and whose operands are not provably exact
// integers makes the whole run restart in exact rational arithmetic (equal-shares-exact.ts).
import { equalSharesExact } from './equal-shares-exact.ts';
import { NEAR, type MesOptions, type MesOutcome } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';
import { tieBreakComparator } from './tie-break.ts';
import { ProjectPricer, TooClose } from './equal-shares-pricer.ts';
import { TraceCheck, type MesTrace } from './equal-shares-trace.ts';

/** Runs MES (cost or cardinal utilities) for one endowment; exact even on near-ties. */
export function equalShares(profile: Profile, options: MesOptions): MesOutcome {
  try {
    return equalSharesFloat(profile, options);
  } catch (error) {
    if (error instanceof TooClose) return equalSharesExact(profile, options);
    throw error;
  }
}

/** What a traced run returns besides its outcome (see equal-shares-trace.ts). */
export interface TracedOutcome extends MesOutcome {
  trace: MesTrace;
  /** True when the reference run's winners are proved to be the outcome at every endowment between the two. */
  certified: boolean;
}

/**
 * Float fast path; throws TooClose when it cannot certify a decision. `reference`, a run at a lower
 * endowment, is checked for the certificate; `above`, a run at a higher endowment, lends its ρ bounds
 * round by round while both runs have funded the same projects in the same order: with those winners
 * fixed, every ρ is non-increasing in the endowment (equal-shares-trace.ts), so ρ there bounds ρ here
 * from below, and most competitors need no pricing at all.
 */
export function equalSharesFloat(profile: Profile, options: MesOptions, reference?: MesTrace, above?: MesTrace): TracedOutcome {
  const P = profile.costs.length;
  const pricer = new ProjectPricer(profile, options);
  const tie = tieBreakComparator(profile, options.tieBreak);
  const alive: number[] = [];
  for (let j = 0; j < P; j++) if (profile.supportStart[j + 1] > profile.supportStart[j]) alive.push(j);
  const lower = new Float64Array(P); // ρ only grows as balances shrink, so the last value is a lower bound
  const dirty = new Uint8Array(P).fill(1);
  const selected: number[] = [];
  const payments = new Map<number, Float64Array>();
  const check = new TraceCheck(pricer, tie, reference);

  let borrowing = above !== undefined;
  for (;;) {
    const round = selected.length;
    if (borrowing && above && round < above.bounds.length) {
      const from = above.bounds[round];
      for (const j of alive) if (from[j] > lower[j]) lower[j] = from[j];
    }
    sortByBound(alive, lower);
    let best = -1;
    const near: number[] = [];
    for (let k = 0; k < alive.length; k++) {
      const j = alive[k];
      if (best >= 0 && lower[j] > pricer.rho[best] * (1 + NEAR)) break;
      if (dirty[j]) {
        pricer.price(j, lower[j]);
        dirty[j] = 0;
        lower[j] = pricer.rho[j];
      }
      if (!Number.isFinite(pricer.rho[j])) continue;
      if (best < 0 || pricer.rho[j] < pricer.rho[best]) best = j;
    }
    check.bounds(lower);
    // Drop projects their supporters can no longer afford: balances never grow back.
    for (let k = alive.length - 1; k >= 0; k--) if (lower[alive[k]] === Infinity) alive.splice(k, 1);
    if (best < 0) break;
    for (const j of alive) if (!dirty[j] && pricer.rho[j] <= pricer.rho[best] * (1 + NEAR)) near.push(j);
    const winner = near.length > 1 ? pricer.exactWinner(near, tie) : best;
    check.round(round, winner, alive, lower, dirty);
    if (borrowing && above && above.winners[round] !== winner) borrowing = false;
    const paid = pricer.charge(winner, options.recordPayments === true);
    if (paid) payments.set(winner, paid);
    selected.push(winner);
    alive.splice(alive.indexOf(winner), 1);
    // Only projects sharing a supporter with the winner can change price.
    const row = winner * P;
    for (const j of alive) if (profile.coSupported[row + j]) dirty[j] = 1;
  }
  // Balances live in a buffer reused by the next run: copy them out only when the caller wants details.
  const balances = options.recordPayments ? pricer.realBalances() : new Float64Array(0);
  return { selected, payments, balances, exact: false, trace: check.trace, certified: check.finish(selected.length) };
}

// Insertion sort of the live projects by their lower bound: the order changes little from one round to the
// next, so this is close to one pass (a comparison sort would call a closure P·log P times per round).
function sortByBound(alive: number[], lower: Float64Array): void {
  for (let i = 1; i < alive.length; i++) {
    const j = alive[i];
    const bound = lower[j];
    let k = i - 1;
    while (k >= 0 && lower[alive[k]] > bound) {
      alive[k + 1] = alive[k];
      k--;
    }
    alive[k + 1] = j;
  }
}
