import type { VoteMatrix } from './types.ts';

/** Agree, disagree and seen (passes included) counts per group and statement, flattened as g × S + s. */
export interface VoteCounts {
  groups: number;
  statements: number;
  agree: Int32Array;
  disagree: Int32Array;
  seen: Int32Array;
}

/** Counts votes per group; `groupOf[p]` is the participant's group, or −1 to leave them out. Moderated-out statements count nothing. */
export function countVotes(matrix: VoteMatrix, groupOf: Int32Array, groups: number): VoteCounts {
  const S = matrix.statementIds.length;
  const counts: VoteCounts = {
    groups,
    statements: S,
    agree: new Int32Array(groups * S),
    disagree: new Int32Array(groups * S),
    seen: new Int32Array(groups * S),
  };
  for (let p = 0; p < matrix.participantIds.length; p++) {
    const g = groupOf[p];
    if (g < 0) continue;
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      const s = matrix.columns[e];
      if (matrix.moderatedOut[s]) continue;
      const cell = g * S + s;
      counts.seen[cell]++;
      if (matrix.values[e] === 1) counts.agree[cell]++;
      else if (matrix.values[e] === -1) counts.disagree[cell]++;
    }
  }
  return counts;
}

/** Counts every participant's votes as one group. */
export function countAllVotes(matrix: VoteMatrix): VoteCounts {
  return countVotes(matrix, new Int32Array(matrix.participantIds.length), 1);
}

/** Smoothed probability (successes + 1) / (n + 2). */
export function smoothedProbability(successes: number, n: number): number {
  return (successes + 1) / (n + 2);
}

/** One-sample proportion test against 1/2: 2·sqrt(n + 1)·((successes + 1)/(n + 1) − 0.5). */
export function proportionTest(successes: number, n: number): number {
  return 2 * Math.sqrt(n + 1) * ((successes + 1) / (n + 1) - 0.5);
}

/** Two-proportion z-test of a group against the others, with every count incremented by 1. */
export function twoProportionTest(successesIn: number, nIn: number, successesOut: number, nOut: number): number {
  const s1 = successesIn + 1;
  const n1 = nIn + 1;
  const s2 = successesOut + 1;
  const n2 = nOut + 1;
  const pooled = (s1 + s2) / (n1 + n2);
  const spread = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return spread > 0 ? (s1 / n1 - s2 / n2) / spread : 0;
}

/** One-sided 90 % threshold of the standard normal distribution. */
export const Z_90 = 1.2816;
