// Random small elections for the property tests (fast-check): a few projects, a few ballots.
import fc from 'fast-check';
import type { Ballot, Election } from './election.ts';

export interface ElectionShape {
  voteTypes: ('approval' | 'cumulative')[];
  /** Costs are drawn in minCost..60, the budget in 1..200, both multiplied by one of the scales. */
  minCost: number;
  scales: number[];
  maxProjects: number;
  maxVoters: number;
}

/** Elections of the given shape; ballots list up to 4 distinct projects (with 1..5 points when cumulative). */
export function randomElection(shape: Partial<ElectionShape> = {}): fc.Arbitrary<Election> {
  const { voteTypes = ['approval'], minCost = 1, scales = [1], maxProjects = 6, maxVoters = 14 } = shape;
  return fc
    .record({
      voteType: fc.constantFrom(...voteTypes),
      scale: fc.constantFrom(...scales),
      costs: fc.array(fc.integer({ min: minCost, max: 60 }), { minLength: 1, maxLength: maxProjects }),
      budget: fc.integer({ min: 1, max: 200 }),
      ballots: fc.array(fc.array(fc.tuple(fc.nat(maxProjects - 1), fc.integer({ min: 1, max: 5 })), { maxLength: 4 }), { minLength: 1, maxLength: maxVoters }),
    })
    .map(({ voteType, scale, costs, budget, ballots }) => ({
      budget: budget * scale,
      voteType,
      projects: costs.map((cost, i) => ({ id: `p${i}`, cost: cost * scale })),
      ballots: ballots.map((raw): Ballot => {
        const seen = new Set<number>();
        const entries = raw.filter(([p]) => p < costs.length && !seen.has(p) && seen.add(p));
        return voteType === 'approval' ? entries.map(([p]) => `p${p}`) : entries.map(([p, points]) => ({ id: `p${p}`, points }));
      }),
    }));
}
