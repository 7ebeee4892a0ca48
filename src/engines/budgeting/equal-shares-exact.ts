// Method of Equal Shares in exact rational arithmetic: the reference the fast path falls back on.
import type { MesOptions, MesOutcome } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';
import { Rational } from './rational.ts';
import { tieBreakComparator } from './tie-break.ts';

interface Price {
  /** Payment per unit of utility unit (per supporter with cost utilities, per point otherwise). */
  rate: Rational;
  /** Price per unit of utility: rate / cost with cost utilities, the rate itself with points. */
  rho: Rational;
}

/** Runs MES with every quantity an exact fraction; slower, used when floats cannot certify a decision. */
export function equalSharesExact(profile: Profile, options: MesOptions): MesOutcome {
  const G = profile.groupWeight.length;
  const P = profile.costs.length;
  const endowment = Rational.fromNumber(options.endowment.num).div(Rational.fromNumber(options.endowment.den));
  const bal: Rational[] = Array.from({ length: G }, () => endowment);
  const weight = Array.from(profile.groupWeight, (w) => Rational.fromNumber(w));
  const cost = Array.from(profile.costs, (c) => Rational.fromNumber(c));
  const unit = (s: number) => (options.utilities === 'cost' ? Rational.of(1n) : Rational.fromNumber(profile.supportPoints[s]));
  const tie = tieBreakComparator(profile, options.tieBreak);
  const alive = new Set<number>();
  for (let j = 0; j < P; j++) if (profile.supportStart[j + 1] > profile.supportStart[j]) alive.add(j);
  const selected: number[] = [];
  const payments = new Map<number, Float64Array>();

  const price = (j: number): Price | undefined => {
    const from = profile.supportStart[j];
    const to = profile.supportStart[j + 1];
    let total = Rational.ZERO;
    for (let s = from; s < to; s++) total = total.add(weight[profile.supportGroup[s]].mul(bal[profile.supportGroup[s]]));
    if (total.compare(cost[j]) < 0) return undefined;
    // Smallest rate r with Σ w·min(b, r·u) = cost: sort supporters by b/u and walk up.
    const order: number[] = [];
    for (let s = from; s < to; s++) if (!bal[profile.supportGroup[s]].isZero()) order.push(s);
    const ratio = (s: number) => bal[profile.supportGroup[s]].div(unit(s));
    const ratios = new Map(order.map((s) => [s, ratio(s)]));
    order.sort((a, b) => ratios.get(a)!.compare(ratios.get(b)!));
    let remaining = cost[j];
    let units = Rational.ZERO;
    for (const s of order) units = units.add(weight[profile.supportGroup[s]].mul(unit(s)));
    let rate = order.length > 0 ? ratios.get(order[order.length - 1])! : Rational.ZERO;
    for (const s of order) {
      const candidate = remaining.div(units);
      if (ratios.get(s)!.compare(candidate) >= 0) {
        rate = candidate;
        break;
      }
      remaining = remaining.sub(weight[profile.supportGroup[s]].mul(bal[profile.supportGroup[s]]));
      units = units.sub(weight[profile.supportGroup[s]].mul(unit(s)));
    }
    // A free project costs nobody anything: its price per unit of utility is 0.
    return { rate, rho: options.utilities === 'cost' && !cost[j].isZero() ? rate.div(cost[j]) : options.utilities === 'cost' ? Rational.ZERO : rate };
  };

  for (;;) {
    let best: { j: number; p: Price } | undefined;
    for (const j of [...alive]) {
      const p = price(j);
      if (!p) {
        alive.delete(j);
        continue;
      }
      const c = best ? p.rho.compare(best.p.rho) : -1;
      if (!best || c < 0 || (c === 0 && tie(j, best.j) < 0)) best = { j, p };
    }
    if (!best) break;
    const { j, p } = best;
    const from = profile.supportStart[j];
    const paid = new Float64Array(profile.supportStart[j + 1] - from);
    for (let s = from; s < profile.supportStart[j + 1]; s++) {
      const g = profile.supportGroup[s];
      const pay = bal[g].min(p.rate.mul(unit(s)));
      bal[g] = bal[g].sub(pay);
      paid[s - from] = pay.toNumber();
    }
    if (options.recordPayments) payments.set(j, paid);
    selected.push(j);
    alive.delete(j);
  }
  return { selected, payments, balances: Float64Array.from(bal, (b) => b.toNumber()), exact: true };
}
