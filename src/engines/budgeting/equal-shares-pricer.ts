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
  private readonly capped: Uint8Array;
  private readonly costUtility: boolean;

  constructor(
    private readonly profile: Profile,
    options: MesOptions,
    private readonly scale = options.endowment.den,
  ) {
    const G = profile.groupWeight.length;
    const P = profile.costs.length;
    this.bal = new Float64Array(G).fill(options.endowment.num);
    this.exactBal = new Uint8Array(G).fill(Number.isSafeInteger(options.endowment.num) ? 1 : 0);
    this.cost = profile.costs.map((c) => c * this.scale);
    this.rho = new Float64Array(P).fill(Infinity);
    this.tNum = new Float64Array(P);
    this.tDen = new Float64Array(P);
    this.certain = new Uint8Array(P);
    this.capsOk = new Uint8Array(P);
    this.allPay = new Uint8Array(P);
    this.capped = new Uint8Array(G);
    this.costUtility = options.utilities === 'cost';
  }

  // With cost utilities each supporter's "unit" is 1 and ρ = rate / cost; with points it is the points.
  private unit(s: number): number {
    return this.costUtility ? 1 : this.profile.supportPoints[s];
  }

  /** Recomputes ρ of project j from current balances (Infinity when its supporters cannot afford it). */
  price(j: number): void {
    const { supportStart, supportGroup, groupWeight } = this.profile;
    const from = supportStart[j];
    const to = supportStart[j + 1];
    const c = this.cost[j];
    let total = 0;
    let V = 0;
    let exact = Number.isSafeInteger(c);
    for (let s = from; s < to; s++) {
      const g = supportGroup[s];
      const b = this.bal[g];
      this.capped[g] = 0;
      if (b <= 0) continue;
      total += groupWeight[g] * b;
      V += groupWeight[g] * this.unit(s);
      if (!this.exactBal[g]) exact = false;
    }
    exact = exact && Number.isSafeInteger(total) && Number.isSafeInteger(V);
    const margin = total - c;
    if (Math.abs(margin) <= NEAR * c && !exact) throw new TooClose(`can the supporters of ${this.profile.projectIds[j]} afford it`);
    if (margin < 0 || V === 0) {
      this.rho[j] = Infinity;
      return;
    }
    // Fixpoint: supporters who cannot pay the rate pay all they have; the rate rises until nobody new is capped.
    let R = c;
    let changed = true;
    let maxRatio = 0;
    while (changed && V > 0) {
      changed = false;
      const t = R / V;
      for (let s = from; s < to; s++) {
        const g = supportGroup[s];
        const b = this.bal[g];
        if (b <= 0 || this.capped[g]) continue;
        const u = this.unit(s);
        if (b < t * u) {
          this.capped[g] = 1;
          R -= groupWeight[g] * b;
          V -= groupWeight[g] * u;
          maxRatio = Math.max(maxRatio, b / u);
          changed = true;
        }
      }
    }
    // V reaches 0 only when the supporters hold exactly the cost: everyone pays all, the rate is the largest b/u.
    this.tNum[j] = V > 0 ? R : maxRatio;
    this.tDen[j] = V > 0 ? V : 1;
    this.allPay[j] = V > 0 ? 0 : 1;
    this.capsOk[j] = V === 0 || this.capsAreCertain(j, exact) ? 1 : 0;
    this.certain[j] = exact && V > 0 && this.capsOk[j] ? 1 : 0;
    const rate = this.tNum[j] / this.tDen[j];
    this.rho[j] = this.costUtility ? (c > 0 ? rate / c : 0) : rate;
  }

  // Near the cap, b <= t·u must give the same answer in floats and in exact arithmetic.
  private capsAreCertain(j: number, exactOperands: boolean): boolean {
    const { supportStart, supportGroup } = this.profile;
    const t = this.tNum[j] / this.tDen[j];
    for (let s = supportStart[j]; s < supportStart[j + 1]; s++) {
      const g = supportGroup[s];
      const b = this.bal[g];
      const u = this.unit(s);
      const cap = t * u;
      if (b <= 0 || Math.abs(b - cap) > NEAR * cap) continue;
      if (!exactOperands || !this.exactBal[g] || !Number.isSafeInteger(u)) return false;
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

  /** Charges the supporters of j at its current rate; returns per-group payments in real money if asked. */
  charge(j: number, record: boolean): Float64Array | undefined {
    const { supportStart, supportGroup } = this.profile;
    const from = supportStart[j];
    if (!this.capsOk[j]) throw new TooClose(`who pays in full for ${this.profile.projectIds[j]}`);
    const paid = record ? new Float64Array(supportStart[j + 1] - from) : undefined;
    const tNum = this.tNum[j];
    const tDen = this.tDen[j];
    const t = tNum / tDen;
    for (let s = from; s < supportStart[j + 1]; s++) {
      const g = supportGroup[s];
      const b = this.bal[g];
      if (b <= 0) continue;
      const u = this.unit(s);
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
      if (paid) paid[s - from] = pay / this.scale;
    }
    return paid;
  }

  /** Balances per group in real money per voter. */
  realBalances(): Float64Array {
    return this.bal.map((b) => b / this.scale);
  }
}
