// Per-project pricing state of the fast MES: balances per voter group, in money scaled by the
// endowment's denominator so that exact inputs are integers and exactness can be tracked.
// The scans touch one random array (balances) per supporter: weights are copied per support entry,
// and whether the balances are exact integers is looked up only when a decision is too close to call.
import { NEAR, type MesOptions } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';
import { workspaceFor } from './equal-shares-workspace.ts';

/** Thrown when a float decision is too close to call and its operands are not exact integers. */
export class TooClose extends Error {
  constructor(what: string) {
    super(`too close to call in floating point: ${what}`);
  }
}

const NO = 0;
const YES = 1;
const IF_BALANCES_EXACT = 2; // certain once the supporters' balances are checked to be exact integers

/** Balances and prices of the fast MES; price(j) finds the smallest payment rate that buys j. */
export class ProjectPricer {
  readonly rho: Float64Array;
  /** The rate of j as the fraction tNum/tDen of scaled money per unit of utility (exact when certain). */
  readonly tNum: Float64Array;
  readonly tDen: Float64Array;
  private readonly bal: Float64Array;
  private readonly exactBal: Uint8Array;
  private readonly cost: Float64Array;
  private readonly certainty: Uint8Array; // NO, YES or IF_BALANCES_EXACT: tNum/tDen is the exact rate
  private readonly capsOk: Uint8Array; // 1: float and exact arithmetic agree on who pays in full
  private readonly allPay: Uint8Array; // 1: supporters hold exactly the cost, so everyone pays everything
  // Scratch arrays: pass 1 gathers each live supporter's balance, weight and unit contiguously.
  private readonly sb: Float64Array;
  private readonly sw: Float64Array;
  private readonly su: Float64Array;
  private readonly sCapped: Uint8Array;
  // The support lists as runs reorder them (equal-shares-workspace.ts); entries past liveEnd[j] belong to
  // supporters with nothing left in this run.
  private readonly group: Int32Array;
  private readonly weight: Int32Array;
  private readonly points: Float64Array;
  private readonly origin: Int32Array;
  private readonly liveEnd: Int32Array;
  private readonly costUtility: boolean;
  private readonly trackOrigin: boolean;
  private readonly endowment: number;
  private untouched = true; // no payment made yet: every balance equals the endowment
  private readonly gathered = new Gathered();

  constructor(
    private readonly profile: Profile,
    options: MesOptions,
    private readonly scale = options.endowment.den,
  ) {
    const P = profile.costs.length;
    const ws = workspaceFor(profile);
    this.bal = ws.bal.fill(options.endowment.num);
    this.exactBal = ws.exactBal.fill(Number.isSafeInteger(options.endowment.num) ? 1 : 0);
    this.cost = profile.costs.map((c) => c * this.scale);
    this.rho = new Float64Array(P).fill(Infinity);
    this.tNum = new Float64Array(P);
    this.tDen = new Float64Array(P);
    this.certainty = new Uint8Array(P);
    this.capsOk = new Uint8Array(P);
    this.allPay = new Uint8Array(P);
    ({ group: this.group, weight: this.weight, points: this.points, origin: this.origin, sb: this.sb, sw: this.sw, su: this.su, sCapped: this.sCapped } = ws);
    this.costUtility = options.utilities === 'cost';
    this.trackOrigin = options.recordPayments === true;
    if (!ws.ready || this.trackOrigin) {
      this.group.set(profile.supportGroup);
      this.weight.set(ws.entryWeight);
      this.points.set(profile.supportPoints);
      this.origin.set(ws.identity);
      ws.ready = true;
    }
    this.liveEnd = profile.supportStart.slice(1);
    this.endowment = options.endowment.num;
  }

  // Before the first payment every voter holds the same endowment e, so with cost utilities a
  // project is affordable iff e·V ≥ cost and then nobody is capped: rate = cost/V, no scan needed.
  private priceUntouched(j: number): void {
    const c = this.cost[j];
    const V = this.profile.supporters[j];
    const e = this.endowment;
    const exact = Number.isSafeInteger(c) && Number.isSafeInteger(e) && Number.isSafeInteger(V) && Number.isSafeInteger(e * V);
    const margin = e * V - c;
    if (Math.abs(margin) <= NEAR * c && !exact) throw new TooClose(`can the supporters of ${this.profile.projectIds[j]} afford it`);
    if (margin < 0 || V === 0) {
      this.rho[j] = Infinity;
      return;
    }
    const rate = c / V;
    this.tNum[j] = c;
    this.tDen[j] = V;
    this.allPay[j] = 0;
    if (e > rate * (1 + NEAR)) this.capsOk[j] = 1;
    else this.capsOk[j] = exact && BigInt(e) * BigInt(V) <= BigInt(c) === e <= rate ? 1 : 0;
    this.certainty[j] = Number.isSafeInteger(c) && Number.isSafeInteger(V) && this.capsOk[j] ? YES : NO;
    this.rho[j] = c > 0 ? rate / c : 0;
  }

  // A free project is always affordable, even by supporters with nothing left, and costs nobody anything.
  private priceFree(j: number): void {
    this.tNum[j] = 0;
    this.tDen[j] = 1;
    this.allPay[j] = 0;
    this.capsOk[j] = 1;
    this.certainty[j] = YES;
    this.rho[j] = 0;
  }

  /**
   * Recomputes ρ of project j from current balances (Infinity when its supporters cannot afford it).
   * `rhoBefore` is an earlier ρ of j: ρ only grows as balances shrink, so supporters clearly below
   * that earlier rate are certainly capped now and skip the fixpoint passes.
   */
  price(j: number, rhoBefore = 0): void {
    if (this.untouched && this.costUtility) return this.priceUntouched(j);
    const c = this.cost[j];
    if (c === 0) return this.priceFree(j);
    const floorRate = rhoBefore * (this.costUtility ? c : 1) * (1 - 2 * NEAR);
    const g = this.gathered;
    this.gather(j, floorRate);
    let { R, V, maxRatio } = g;
    const sumsExact = Number.isSafeInteger(c) && Number.isSafeInteger(g.total) && Number.isSafeInteger(g.seen);
    const margin = g.total - c;
    if (Math.abs(margin) <= NEAR * c && !(sumsExact && this.balancesExact(j))) throw new TooClose(`can the supporters of ${this.profile.projectIds[j]} afford it`);
    if (margin < 0 || g.seen === 0) {
      this.rho[j] = Infinity;
      return;
    }
    // Fixpoint: supporters who cannot pay the rate pay all they have; the rate rises until nobody new is capped.
    // Skipped when even the poorest supporter can pay the plain rate R/V. The last pass, which caps nobody,
    // leaves in minUncapped the smallest b/u of those who pay the rate (for the closeness check below).
    const { sb, sw, su, sCapped } = this;
    const n = g.count;
    let minUncapped = g.minRatio;
    let changed = g.minRatio < R / V;
    if (changed) sCapped.fill(0, 0, n);
    while (changed && V > 0) {
      changed = false;
      minUncapped = Infinity;
      const t = R / V;
      for (let k = 0; k < n; k++) {
        if (sCapped[k]) continue;
        const b = sb[k];
        const u = su[k];
        if (b < t * u) {
          sCapped[k] = 1;
          R -= sw[k] * b;
          V -= sw[k] * u;
          if (b / u > maxRatio) maxRatio = b / u;
          changed = true;
        } else if (b / u < minUncapped) minUncapped = b / u;
      }
    }
    // Defensive: all supporters capped while holding more than the cost would contradict the lower bound.
    if (V === 0 && R < -NEAR * c) throw new TooClose(`inconsistent price for ${this.profile.projectIds[j]}`);
    // V reaches 0 only when the supporters hold exactly the cost: everyone pays all, the rate is the largest b/u.
    this.tNum[j] = V > 0 ? R : maxRatio;
    this.tDen[j] = V > 0 ? V : 1;
    this.allPay[j] = V > 0 ? 0 : 1;
    const rate = this.tNum[j] / this.tDen[j];
    const clearOfCaps = !g.preCapped && g.minRatio > rate * (1 + NEAR);
    // Someone's b/u within NEAR of the rate: the capped closest to it has the largest b/u, the uncapped the smallest.
    const nearCap = maxRatio >= rate * (1 - NEAR) || minUncapped <= rate * (1 + NEAR);
    this.capsOk[j] = V === 0 || clearOfCaps || !nearCap || this.nearCapsAgree(j, sumsExact) ? 1 : 0;
    // Nobody capped: the rate is cost/V whatever the balances are, so it is exact when cost and V are integers.
    if (V === 0 || !this.capsOk[j]) this.certainty[j] = NO;
    else if (clearOfCaps) this.certainty[j] = Number.isSafeInteger(c) && Number.isSafeInteger(V) ? YES : NO;
    else this.certainty[j] = sumsExact ? IF_BALANCES_EXACT : NO;
    this.rho[j] = this.costUtility ? (c > 0 ? rate / c : 0) : rate;
  }

  // Pass 1 over j's supporters: sums, and the gathering of those not certainly capped. Supporters with
  // nothing left are moved past liveEnd[j] for the rest of the run.
  private gather(j: number, floorRate: number): void {
    const { group, weight, points, liveEnd, bal, sb, sw, su, costUtility } = this;
    let total = 0;
    let seen = 0;
    let R = this.cost[j];
    let V = 0;
    let minRatio = Infinity;
    let maxRatio = 0;
    let preCapped = false;
    let n = 0;
    let end = liveEnd[j];
    for (let s = this.profile.supportStart[j]; s < end; s++) {
      const g = group[s];
      const b = bal[g];
      if (b <= 0) {
        end--;
        this.swap(s, end);
        s--;
        continue;
      }
      const u = costUtility ? 1 : points[s];
      const w = weight[s];
      total += w * b;
      seen += w * u;
      if (b < floorRate * u) {
        R -= w * b;
        preCapped = true;
        if (b / u > maxRatio) maxRatio = b / u;
        continue;
      }
      sb[n] = b;
      sw[n] = w;
      su[n++] = u;
      V += w * u;
      if (b < minRatio * u) minRatio = b / u;
    }
    liveEnd[j] = end;
    this.gathered.set(total, seen, R, V, minRatio, maxRatio, preCapped, n);
  }

  private swap(s: number, last: number): void {
    const { group, weight, points, origin } = this;
    const g = group[s];
    group[s] = group[last];
    group[last] = g;
    const w = weight[s];
    weight[s] = weight[last];
    weight[last] = w;
    const u = points[s];
    points[s] = points[last];
    points[last] = u;
    if (this.trackOrigin) {
      const o = origin[s];
      origin[s] = origin[last];
      origin[last] = o;
    }
  }

  // True when every live supporter of j holds an exact integer balance (rarely needed: near decisions only).
  private balancesExact(j: number): boolean {
    for (let s = this.profile.supportStart[j]; s < this.liveEnd[j]; s++) if (!this.exactBal[this.group[s]]) return false;
    return true;
  }

  // Some supporter is within NEAR of the cap: b <= t·u must give the same answer in floats and in exact
  // arithmetic. Rare, so it walks the support list again, and needs every operand an exact integer.
  private nearCapsAgree(j: number, sumsExact: boolean): boolean {
    if (!sumsExact || !this.balancesExact(j)) return false;
    const t = this.tNum[j] / this.tDen[j];
    for (let s = this.profile.supportStart[j]; s < this.liveEnd[j]; s++) {
      const g = this.group[s];
      const b = this.bal[g];
      const u = this.costUtility ? 1 : this.points[s];
      const cap = t * u;
      if (Math.abs(b - cap) > NEAR * cap) continue;
      if (!Number.isSafeInteger(u)) return false;
      const exactBelow = BigInt(b) * BigInt(this.tDen[j]) <= BigInt(this.tNum[j]) * BigInt(u);
      if (exactBelow !== b <= cap) return false;
    }
    return true;
  }

  /** True when ρ of j (as last priced) is known exactly as tNum/(tDen·f). */
  isCertain(j: number): boolean {
    if (this.certainty[j] === IF_BALANCES_EXACT) this.certainty[j] = this.balancesExact(j) ? YES : NO;
    return this.certainty[j] === YES;
  }

  /** Like isCertain, without looking at balances: false when that would need a scan. */
  isCertainNow(j: number): boolean {
    return this.certainty[j] === YES;
  }

  /** Exact ρ of j as a fraction [numerator, denominator] of BigInts (only when isCertain(j)). */
  exactRho(j: number): [bigint, bigint] {
    // ρ = tNum / (tDen · f) with f the scaled cost (cost utilities) or 1; a free project has ρ = 0.
    if (this.costUtility && this.cost[j] === 0) return [0n, 1n];
    return [BigInt(this.tNum[j]), BigInt(this.tDen[j]) * BigInt(this.costUtility ? this.cost[j] : 1)];
  }

  /** Picks the exact winner among near-tied projects, breaking exact ties by the stated order. */
  exactWinner(near: number[], tie: (a: number, b: number) => number): number {
    for (const j of near) if (!this.isCertain(j)) throw new TooClose(`near-tie between ${near.map((p) => this.profile.projectIds[p]).join(', ')}`);
    const cmp = (a: number, b: number) => {
      const [na, da] = this.exactRho(a);
      const [nb, db] = this.exactRho(b);
      const lhs = na * db;
      const rhs = nb * da;
      return lhs < rhs ? -1 : lhs > rhs ? 1 : tie(a, b);
    };
    return near.reduce((best, j) => (cmp(j, best) < 0 ? j : best));
  }

  /** Charges the supporters of j at its current rate; returns per-supporter payments in real money if asked. */
  charge(j: number, record: boolean): Float64Array | undefined {
    this.untouched = false;
    const from = this.profile.supportStart[j];
    if (!this.capsOk[j]) throw new TooClose(`who pays in full for ${this.profile.projectIds[j]}`);
    const paid = record ? new Float64Array(this.profile.supportStart[j + 1] - from) : undefined;
    const { group, bal, exactBal, points, origin, costUtility } = this;
    const tNum = this.tNum[j];
    const tDen = this.tDen[j];
    const t = tNum / tDen;
    const allPay = this.allPay[j] === 1;
    // With cost utilities every uncapped supporter pays t: an exact integer iff tDen divides tNum, and then
    // b - t is exact too, so the float subtraction is the exact one and only the flag needs clearing.
    const integralRate = Number.isSafeInteger(tNum) && tNum % tDen === 0;
    for (let s = from; s < this.liveEnd[j]; s++) {
      const g = group[s];
      const b = bal[g];
      if (b <= 0) continue;
      const u = costUtility ? 1 : points[s];
      const cap = t * u;
      let pay: number;
      if (b <= cap || allPay) {
        pay = b;
        bal[g] = 0; // paying everything leaves exactly nothing, in any arithmetic
      } else if (costUtility) {
        pay = cap;
        bal[g] = b - cap;
        if (!integralRate) exactBal[g] = 0;
      } else {
        pay = cap;
        const payExact = tNum * u;
        if (exactBal[g] && !(Number.isSafeInteger(payExact) && payExact % tDen === 0)) exactBal[g] = 0;
        bal[g] = exactBal[g] ? b - payExact / tDen : b - cap;
      }
      if (paid) paid[origin[s] - from] = pay / this.scale;
    }
    return paid;
  }

  /** Balances per group in real money per voter. */
  realBalances(): Float64Array {
    return this.bal.map((b) => b / this.scale);
  }
}

// Sums of one pass over a project's supporters (a reused object: pricing allocates nothing).
class Gathered {
  total = 0;
  seen = 0;
  R = 0;
  V = 0;
  minRatio = Infinity;
  maxRatio = 0;
  preCapped = false;
  count = 0;

  set(total: number, seen: number, R: number, V: number, minRatio: number, maxRatio: number, preCapped: boolean, count: number): void {
    this.total = total;
    this.seen = seen;
    this.R = R;
    this.V = V;
    this.minRatio = minRatio;
    this.maxRatio = maxRatio;
    this.preCapped = preCapped;
    this.count = count;
  }
}
