// Certificate that MES funds the same projects, in the same order, at every endowment of an interval.
//
// Fix the winners of the first r rounds and raise every voter's endowment: every balance after those
// rounds is non-decreasing in the endowment (by induction: more money for every supporter can only
// lower a project's rate, and a supporter keeps max(0, b − rate·u)). So every project's ρ in round r
// is non-increasing in the endowment, and a project affordable at e stays affordable above e.
// Hence if at endowments a < b the same project w wins round r, and every other project's ρ at b is at
// least w's ρ at a (equal only when the tie-break prefers w), then for every e in [a, b]:
// ρ_w(e) ≤ ρ_w(a) ≤ ρ_j(b) ≤ ρ_j(e), so w wins round r at e too. Round by round, the whole run at b
// then proves that every endowment in [a, b] funds the winners of a; a project nobody can afford at b
// cannot be afforded below b either, so both runs also stop at the same round.
import { NEAR } from './equal-shares-types.ts';
import { TooClose, type ProjectPricer } from './equal-shares-pricer.ts';

/** Winners of a float MES run with each winner's ρ when it won (the reference for a later run). */
export interface MesTrace {
  winners: number[];
  /** Per round (the last one being the round where nothing was affordable): a lower bound of every project's ρ. */
  bounds: Float64Array[];
  rho: number[];
  /** Exact ρ of each winner as [numerator, denominator], or null when the float run could not state it exactly. */
  exactRho: ([bigint, bigint] | null)[];
}

/** Records a run's trace and, given a reference trace from a lower endowment, checks the certificate above. */
export class TraceCheck {
  readonly trace: MesTrace = { winners: [], bounds: [], rho: [], exactRho: [] };
  private holding: boolean;

  constructor(
    private readonly pricer: ProjectPricer,
    private readonly tie: (a: number, b: number) => number,
    private readonly reference: MesTrace | undefined,
  ) {
    this.holding = reference !== undefined;
  }

  /** Records the lower bounds of every ρ in the current round, once its pricing is done. */
  bounds(lower: Float64Array): void {
    this.trace.bounds.push(lower.slice());
  }

  /**
   * Called once the winner of round r is known, before it is charged. Competitors whose lower bound
   * is close to the reference ρ are priced now (pricing only refreshes their ρ; the run is unchanged).
   */
  round(r: number, winner: number, alive: readonly number[], lower: Float64Array, dirty: Uint8Array): void {
    const { pricer } = this;
    this.trace.winners.push(winner);
    this.trace.rho.push(pricer.rho[winner]);
    this.trace.exactRho.push(pricer.isCertainNow(winner) ? pricer.exactRho(winner) : null);
    const ref = this.reference;
    if (!this.holding || !ref) return;
    if (r >= ref.winners.length || ref.winners[r] !== winner) {
      this.holding = false;
      return;
    }
    const bound = ref.rho[r];
    for (const j of alive) {
      if (j === winner || lower[j] > bound * (1 + NEAR)) continue;
      if (dirty[j]) {
        try {
          pricer.price(j, lower[j]);
        } catch (error) {
          // Too close to call at this endowment: the run itself will decide it when it needs to.
          if (!(error instanceof TooClose)) throw error;
          this.holding = false;
          return;
        }
        dirty[j] = 0;
        lower[j] = pricer.rho[j];
      }
      const rho = pricer.rho[j];
      if (rho > bound * (1 + NEAR)) continue;
      if (!this.atLeast(j, ref.exactRho[r], winner)) {
        this.holding = false;
        return;
      }
    }
  }

  // Exact check that ρ_j now is at least the reference ρ, with the tie-break preferring the winner on equality.
  private atLeast(j: number, reference: [bigint, bigint] | null, winner: number): boolean {
    if (!reference || !this.pricer.isCertain(j)) return false;
    const [num, den] = this.pricer.exactRho(j);
    const lhs = num * reference[1];
    const rhs = reference[0] * den;
    return lhs > rhs || (lhs === rhs && this.tie(winner, j) < 0);
  }

  /** True when the certificate holds for the whole run (both runs ended after the same rounds). */
  finish(rounds: number): boolean {
    return this.holding && this.reference !== undefined && this.reference.winners.length === rounds;
  }
}
