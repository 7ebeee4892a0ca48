// Per-project pricing state of the fast MES: balances per voter group, in money scaled by the
// endowment's denominator so that exact inputs are integers and exactness can be tracked.
import { NEAR, type MesOptions } from './equal-shares-types.ts';
import type { Profile } from './profile.ts';

/** Thrown when a float decision is too close to call and its operands are not exact integers. */
export class TooClose extends Error {
  constructor(what: string) {
    super(`too close to call in floating point: ${what}`);
  }
}

/** Balances and prices of the fast MES; price(j) finds the smallest payment rate that buys j. */
export class ProjectPricer {
  readonly rho: Float64Array;
  private readonly bal: Float64Array;
  private readonly exactBal: Uint8Array;
  private readonly cost: Float64Array;
  private readonly tNum: Float64Array;
  private readonly tDen: Float64Array;
  private readonly certain: Uint8Array; // 1: tNum/tDen is the exact rate and every cap decision is certain
  private readonly capsOk: Uint8Array; // 1: float and exact arithmetic agree on who pays in full
  private readonly allPay: Uint8Array; // 1: supporters hold exactly the cost, so everyone pays everything
  // Scratch arrays: pass 1 gathers each live supporter's balance, weight and unit contiguously.
  private readonly sb: Float64Array;
  private readonly sw: Float64Array;
  private readonly su: Float64Array;
  private readonly sg: Int32Array;
  private readonly sCapped: Uint8Array;
  // Per-run copy of the support lists; entries past liveEnd[j] belong to supporters with nothing left.
  private readonly group: Int32Array;
  private readonly points: Float64Array;
  private readonly origin: Int32Array;
  private readonly liveEnd: Int32Array;
  private readonly costUtility: boolean;
  private readonly endowment: number;
  private untouched = true; // no payment made yet: every balance equals the endowment

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
    this.certain = new Uint8Array(P);
    this.capsOk = new Uint8Array(P);
    this.allPay = new Uint8Array(P);
    ({ group: this.group, points: this.points, origin: this.origin, sb: this.sb, sw: this.sw, su: this.su, sg: this.sg, sCapped: this.sCapped } = ws);
    this.group.set(profile.supportGroup);
    this.points.set(profile.supportPoints);
    this.origin.set(ws.identity);
    this.liveEnd = profile.supportStart.slice(1);
    this.costUtility = options.utilities === 'cost';
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
    this.certain[j] = Number.isSafeInteger(c) && Number.isSafeInteger(V) && this.capsOk[j] ? 1 : 0;
    this.rho[j] = c > 0 ? rate / c : 0;
  }

  // With cost utilities each supporter's "unit" is 1 and ρ = rate / cost; with points it is the points.
  /**
   * Recomputes ρ of project j from current balances (Infinity when its supporters cannot afford it).
   * `rhoBefore` is an earlier ρ of j: ρ only grows as balances shrink, so supporters clearly below
   * that earlier rate are certainly capped now and skip the fixpoint passes.
   */
  price(j: number, rhoBefore = 0): void {
    if (this.untouched && this.costUtility) return this.priceUntouched(j);
    const { groupWeight } = this.profile;
    const { group, points, origin, liveEnd, sb, sw, su, sg, sCapped, bal, exactBal, costUtility } = this;
    const from = this.profile.supportStart[j];
    const c = this.cost[j];
    let total = 0;
    let V = 0;
    let minRatio = Infinity;
    let exact = Number.isSafeInteger(c);
    let n = 0;
    let exactCount = 0;
    let seen = 0;
    let R = c;
    let maxRatio = 0;
    let preCapped = false;
    const floorRate = rhoBefore * (costUtility ? c : 1) * (1 - 2 * NEAR);
    // Pass 1: sums and gathering; supporters with nothing left are dropped for the rest of the run.
    for (let s = from; s < liveEnd[j]; s++) {
      const g = group[s];
      const b = bal[g];
      if (b <= 0) {
        const last = --liveEnd[j];
        group[s] = group[last];
        points[s] = points[last];
        const o = origin[s];
        origin[s] = origin[last];
        group[last] = g;
        origin[last] = o;
        s--;
        continue;
      }
      const u = costUtility ? 1 : points[s];
      const w = groupWeight[g];
      total += w * b;
      seen += w * u;
      exactCount += exactBal[g];
      if (b < floorRate * u) {
        R -= w * b;
        preCapped = true;
        if (b / u > maxRatio) maxRatio = b / u;
        continue;
      }
      sb[n] = b;
      sw[n] = w;
      su[n] = u;
      sg[n++] = g;
      V += w * u;
      if (b < minRatio * u) minRatio = b / u;
    }
    exact = exact && exactCount === liveEnd[j] - from && Number.isSafeInteger(total) && Number.isSafeInteger(seen);
    const margin = total - c;
    if (Math.abs(margin) <= NEAR * c && !exact) throw new TooClose(`can the supporters of ${this.profile.projectIds[j]} afford it`);
    if (margin < 0 || seen === 0) {
      this.rho[j] = Infinity;
      return;
    }
    // Fixpoint: supporters who cannot pay the rate pay all they have; the rate rises until nobody new is capped.
    // Skipped when even the poorest supporter can pay the plain rate c/V.
    let changed = minRatio < R / V;
    if (changed) sCapped.fill(0, 0, n);
    while (changed && V > 0) {
      changed = false;
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
        }
      }
    }
    // Defensive: all supporters capped while holding more than the cost would contradict the lower bound.
    if (V === 0 && R < -NEAR * c) throw new TooClose(`inconsistent price for ${this.profile.projectIds[j]}`);
    // V reaches 0 only when the supporters hold exactly the cost: everyone pays all, the rate is the largest b/u.
    this.tNum[j] = V > 0 ? R : maxRatio;
    this.tDen[j] = V > 0 ? V : 1;
    this.allPay[j] = V > 0 ? 0 : 1;
    const rate = this.tNum[j] / this.tDen[j];
    const clearOfCaps = !preCapped && minRatio > rate * (1 + NEAR);
    this.capsOk[j] = V === 0 || clearOfCaps || this.capsAreCertain(j, n, exact) ? 1 : 0;
    // Nobody capped: the rate is cost/V whatever the balances are, so it is exact when cost and V are integers.
    const exactRate = clearOfCaps ? Number.isSafeInteger(c) && Number.isSafeInteger(V) : exact;
    this.certain[j] = exactRate && V > 0 && this.capsOk[j] ? 1 : 0;
    this.rho[j] = this.costUtility ? (c > 0 ? rate / c : 0) : rate;
  }

  // Near the cap, b <= t·u must give the same answer in floats and in exact arithmetic (uses pass 1's gathering).
  private capsAreCertain(j: number, n: number, exactOperands: boolean): boolean {
    const t = this.tNum[j] / this.tDen[j];
    for (let k = 0; k < n; k++) {
      const b = this.sb[k];
      const u = this.su[k];
      const cap = t * u;
      if (Math.abs(b - cap) > NEAR * cap) continue;
      if (!exactOperands || !this.exactBal[this.sg[k]] || !Number.isSafeInteger(u)) return false;
      const exactBelow = BigInt(b) * BigInt(this.tDen[j]) <= BigInt(this.tNum[j]) * BigInt(u);
      if (exactBelow !== b <= cap) return false;
    }
    return true;
  }

  /** Picks the exact winner among near-tied projects, breaking exact ties by the stated order. */
  exactWinner(near: number[], tie: (a: number, b: number) => number): number {
    for (const j of near) if (!this.certain[j]) throw new TooClose(`near-tie between ${near.map((p) => this.profile.projectIds[p]).join(', ')}`);
    // ρ = tNum / (tDen · f) with f the scaled cost (cost utilities) or 1; compare by cross-multiplication.
    const f = (j: number) => BigInt(this.costUtility ? this.cost[j] : 1);
    const cmp = (a: number, b: number) => {
      if (this.costUtility && (this.cost[a] === 0 || this.cost[b] === 0)) {
        // Free projects have ρ = 0 and come first.
        return this.cost[a] === this.cost[b] ? tie(a, b) : this.cost[a] === 0 ? -1 : 1;
      }
      const lhs = BigInt(this.tNum[a]) * BigInt(this.tDen[b]) * f(b);
      const rhs = BigInt(this.tNum[b]) * BigInt(this.tDen[a]) * f(a);
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
    const tNum = this.tNum[j];
    const tDen = this.tDen[j];
    const t = tNum / tDen;
    for (let s = from; s < this.liveEnd[j]; s++) {
      const g = this.group[s];
      const b = this.bal[g];
      if (b <= 0) continue;
      const u = this.costUtility ? 1 : this.points[s];
      const cap = t * u;
      let pay: number;
      if (b <= cap || this.allPay[j]) {
        pay = b;
        this.bal[g] = 0; // paying everything leaves exactly nothing, in any arithmetic
      } else {
        pay = cap;
        const payExact = tNum * u;
        if (!(this.exactBal[g] && Number.isSafeInteger(payExact) && payExact % tDen === 0)) this.exactBal[g] = 0;
        this.bal[g] = this.exactBal[g] ? b - payExact / tDen : b - cap;
      }
      if (paid) paid[this.origin[s] - from] = pay / this.scale;
    }
    return paid;
  }

  /** Balances per group in real money per voter. */
  realBalances(): Float64Array {
    return this.bal.map((b) => b / this.scale);
  }
}

interface Workspace {
  bal: Float64Array;
  exactBal: Uint8Array;
  group: Int32Array;
  points: Float64Array;
  origin: Int32Array;
  identity: Int32Array;
  sb: Float64Array;
  sw: Float64Array;
  su: Float64Array;
  sg: Int32Array;
  sCapped: Uint8Array;
}

// Add1 reruns MES hundreds of times on one profile: reuse its buffers instead of reallocating them.
const workspaces = new WeakMap<Profile, Workspace>();

function workspaceFor(profile: Profile): Workspace {
  let ws = workspaces.get(profile);
  if (ws) return ws;
  const E = profile.supportGroup.length;
  let widest = 0;
  for (let j = 0; j + 1 < profile.supportStart.length; j++) widest = Math.max(widest, profile.supportStart[j + 1] - profile.supportStart[j]);
  const identity = new Int32Array(E);
  for (let s = 0; s < E; s++) identity[s] = s;
  ws = {
    bal: new Float64Array(profile.groupWeight.length),
    exactBal: new Uint8Array(profile.groupWeight.length),
    group: new Int32Array(E),
    points: new Float64Array(E),
    origin: new Int32Array(E),
    identity,
    sb: new Float64Array(widest),
    sw: new Float64Array(widest),
    su: new Float64Array(widest),
    sg: new Int32Array(widest),
    sCapped: new Uint8Array(widest),
  };
  workspaces.set(profile, ws);
  return ws;
}
