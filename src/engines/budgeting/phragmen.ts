// Sequential Phragmén (approval): buy the project whose supporters would reach the lowest common load.
import { BudgetLeft } from './greedy.ts';
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import { tieBreakComparator, type TieBreakKey } from './tie-break.ts';
import { NEAR } from './equal-shares-types.ts';

export interface PhragmenOutcome {
  selected: number[];
  /** Load t of each funded project (money each supporter carries after it was bought). */
  loads: Map<number, number>;
  /** The project that would have come next but did not fit, if any. */
  stoppedAt: number | undefined;
}

/** Runs sequential Phragmén until the next project does not fit (no skipping). */
export function phragmen(profile: Profile, tieBreak: readonly TieBreakKey[]): PhragmenOutcome {
  const P = profile.costs.length;
  const tie = tieBreakComparator(profile, tieBreak);
  // A voter's load is 0 or the t of the last funded project they support, so per project we count
  // supporters by "source" of their load: column P stands for load 0. This keeps t exact and cheap.
  const bySource = Array.from({ length: P }, () => new Float64Array(P + 1));
  for (let p = 0; p < P; p++) bySource[p][P] = profile.supporters[p];
  const source = new Int32Array(profile.groupWeight.length).fill(P);
  const tFloat = new Float64Array(P + 1);
  const tExact: Rational[] = Array.from({ length: P + 1 }, () => Rational.ZERO);
  const alive = new Set<number>();
  for (let p = 0; p < P; p++) if (profile.supporters[p] > 0) alive.add(p);
  const left = new BudgetLeft(profile.budget, profile.integralMoney);
  const selected: number[] = [];
  const loads = new Map<number, number>();
  const floatT = (p: number) => {
    let sum = profile.costs[p];
    for (const q of selected) sum += tFloat[q] * bySource[p][q];
    return sum / profile.supporters[p];
  };
  const exactT = (p: number) => {
    let sum = Rational.fromNumber(profile.costs[p]);
    for (const q of selected) if (bySource[p][q] > 0) sum = sum.add(tExact[q].mul(Rational.fromNumber(bySource[p][q])));
    return sum.div(Rational.fromNumber(profile.supporters[p]));
  };
  for (;;) {
    const ts = [...alive].map((p) => ({ p, t: floatT(p) }));
    if (ts.length === 0) return { selected, loads, stoppedAt: undefined };
    const min = Math.min(...ts.map((x) => x.t));
    // Candidates within the float error margin are compared exactly.
    const near = ts.filter((x) => x.t <= min * (1 + NEAR) + Number.MIN_VALUE).map((x) => ({ p: x.p, t: exactT(x.p) }));
    const best = near.reduce((a, b) => {
      const c = b.t.compare(a.t);
      return c < 0 || (c === 0 && tie(b.p, a.p) < 0) ? b : a;
    });
    if (!left.fits(profile.costs[best.p])) return { selected, loads, stoppedAt: best.p };
    left.spend(profile.costs[best.p]);
    tExact[best.p] = best.t;
    tFloat[best.p] = best.t.toNumber();
    loads.set(best.p, tFloat[best.p]);
    selected.push(best.p);
    alive.delete(best.p);
    for (let s = profile.supportStart[best.p]; s < profile.supportStart[best.p + 1]; s++) {
      const g = profile.supportGroup[s];
      const w = profile.groupWeight[g];
      for (let k = profile.groupStart[g]; k < profile.groupStart[g + 1]; k++) {
        const p = profile.groupProject[k];
        bySource[p][source[g]] -= w;
        bySource[p][best.p] += w;
      }
      source[g] = best.p;
    }
  }
}
