import type { VoteMatrix } from './types.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * The matrix after imputation and centring. An imputed cell equals its column mean, so after
 * centring it is exactly 0: only the cast votes need storing, as `vote - mean`, aligned with `matrix.columns`.
 */
export interface CentredMatrix {
  centred: Float64Array;
  means: Float64Array;
  /** Votes per participant on statements not moderated out (passes included). */
  votedCount: Int32Array;
  /** Votes per participant on any statement, moderated-out ones included (Pol.is counts these for who is clustered). */
  castCount: Int32Array;
  activeStatements: number;
  /** Statements with at least one vote, moderated-out ones included: the columns of Pol.is's vote matrix. */
  votedStatements: number;
  /** Moderated-out statements with at least one vote: Pol.is zeroes their column, so everyone counts as having voted 0 on them. */
  moderatedVotedStatements: number;
}

/** Imputes missing cells with the statement mean (passes count as 0) and centres every column. */
export function centreMatrix(matrix: VoteMatrix): CentredMatrix {
  const nS = matrix.statementIds.length;
  const nP = matrix.participantIds.length;
  const sums = new Float64Array(nS);
  const counts = new Int32Array(nS);
  for (let e = 0; e < matrix.columns.length; e++) {
    sums[matrix.columns[e]] += matrix.values[e];
    counts[matrix.columns[e]]++;
  }
  const means = new Float64Array(nS);
  let activeStatements = 0;
  for (let s = 0; s < nS; s++) {
    if (matrix.moderatedOut[s]) continue;
    activeStatements++;
    means[s] = counts[s] > 0 ? sums[s] / counts[s] : 0;
  }
  let votedStatements = 0;
  let moderatedVotedStatements = 0;
  for (let s = 0; s < nS; s++) {
    if (counts[s] === 0) continue;
    votedStatements++;
    moderatedVotedStatements += matrix.moderatedOut[s];
  }
  const centred = new Float64Array(matrix.columns.length);
  const votedCount = new Int32Array(nP);
  const castCount = new Int32Array(nP);
  for (let p = 0; p < nP; p++) {
    castCount[p] = matrix.rowStart[p + 1] - matrix.rowStart[p];
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      const s = matrix.columns[e];
      if (matrix.moderatedOut[s]) continue; // the whole column is 0, so its centred cells are 0 too
      centred[e] = matrix.values[e] - means[s];
      votedCount[p]++;
    }
  }
  return { centred, means, votedCount, castCount, activeStatements, votedStatements, moderatedVotedStatements };
}

/** Computes out = XᵀX·v in two sparse passes, never forming XᵀX. */
export function gramTimes(matrix: VoteMatrix, c: CentredMatrix, v: Float64Array, out: Float64Array): void {
  out.fill(0);
  const { rowStart, columns } = matrix;
  const x = c.centred;
  for (let p = 0; p < matrix.participantIds.length; p++) {
    const end = rowStart[p + 1];
    let u = 0;
    for (let e = rowStart[p]; e < end; e++) u += x[e] * v[columns[e]];
    if (u === 0) continue;
    for (let e = rowStart[p]; e < end; e++) out[columns[e]] += x[e] * u;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Scales v to unit length in place; returns the length it had. */
function normalise(v: Float64Array): number {
  const length = Math.sqrt(dot(v, v));
  if (length > 0) for (let i = 0; i < v.length; i++) v[i] /= length;
  return length;
}

/** Options for the power iteration. */
export interface PowerIterationOptions {
  maxIterations?: number;
  tolerance?: number;
}

/** One principal axis: unit vector over statements, its eigenvalue of XᵀX and the iterations used. */
export interface PrincipalAxis {
  vector: Float64Array;
  eigenvalue: number;
  iterations: number;
}

/**
 * Power iteration for the leading eigenvector of XᵀX, after deflating the axes already found
 * (A' = A − Σ λ·w·wᵀ). Re-orthogonalising each step keeps rounding from re-introducing them.
 */
export function powerIteration(
  matrix: VoteMatrix,
  c: CentredMatrix,
  start: Float64Array,
  found: readonly PrincipalAxis[],
  options: PowerIterationOptions = {},
): PrincipalAxis {
  const maxIterations = options.maxIterations ?? 1000;
  // 1 − cos ≤ 1e-5 is an angle of about 0.26° between steps: small beside what moves a point on the map.
  // It matters for speed because the second axis converges at the rate λ3/λ2, often close to 1; warm
  // starts keep refining from where the last update stopped.
  const tolerance = options.tolerance ?? 1e-5;
  const v = Float64Array.from(start);
  const next = new Float64Array(v.length);
  const orthogonalise = (w: Float64Array) => {
    for (const axis of found) {
      const d = dot(w, axis.vector);
      for (let i = 0; i < w.length; i++) w[i] -= d * axis.vector[i];
    }
  };
  orthogonalise(v);
  if (normalise(v) === 0) return { vector: v, eigenvalue: 0, iterations: 0 };
  let eigenvalue = 0;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    gramTimes(matrix, c, v, next);
    for (const axis of found) {
      const d = axis.eigenvalue * dot(axis.vector, v);
      for (let i = 0; i < next.length; i++) next[i] -= d * axis.vector[i];
    }
    orthogonalise(next);
    eigenvalue = normalise(next);
    if (eigenvalue === 0) return { vector: next.fill(0), eigenvalue: 0, iterations };
    // 1 − cos(angle) between successive vectors: the eigenvalues of XᵀX are ≥ 0, so no sign flips.
    const change = 1 - dot(next, v);
    v.set(next);
    if (change < tolerance) break;
  }
  return { vector: fixSign(v), eigenvalue, iterations };
}

/** Makes the entry of largest magnitude positive so the axis orientation is reproducible. */
function fixSign(v: Float64Array): Float64Array {
  let largest = 0;
  for (let i = 0; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(largest)) largest = v[i];
  if (largest < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i];
  return v;
}

/** Two principal components by power iteration: seeded start, or a warm start from previous components. */
export function principalComponents(
  matrix: VoteMatrix,
  c: CentredMatrix,
  seed: number,
  warmStart?: readonly [Float64Array, Float64Array],
  options?: PowerIterationOptions,
): [PrincipalAxis, PrincipalAxis] {
  const random = seededRandom(seed);
  const starts = [0, 1].map((k) => {
    const start = new Float64Array(matrix.statementIds.length);
    for (let s = 0; s < start.length; s++) {
      const noise = random() * 2 - 1;
      start[s] = matrix.moderatedOut[s] ? 0 : (warmStart?.[k]?.[s] ?? 0) + (warmStart ? 1e-6 * noise : noise);
    }
    return start;
  });
  const first = powerIteration(matrix, c, starts[0], [], options);
  const second = powerIteration(matrix, c, starts[1], [first], options);
  return [first, second];
}

/**
 * Projects each participant on the two axes using only the statements they voted on, scaled by
 * sqrt(n_statements / max(n_voted, 1)) so people who voted little are not pulled to the centre.
 * As in Pol.is, n_statements counts every statement with a vote and n_voted counts each moderated-out
 * one as voted (its column is all 0): where much is moderated out, a light voter is pushed out less.
 * Returns interleaved (x, y) pairs.
 */
export function projectParticipants(matrix: VoteMatrix, c: CentredMatrix, axes: readonly [Float64Array, Float64Array]): Float64Array {
  const nP = matrix.participantIds.length;
  const out = new Float64Array(2 * nP);
  const [a, b] = axes;
  for (let p = 0; p < nP; p++) {
    let x = 0;
    let y = 0;
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      x += c.centred[e] * a[matrix.columns[e]];
      y += c.centred[e] * b[matrix.columns[e]];
    }
    const scale = Math.sqrt(c.votedStatements / Math.max(c.votedCount[p] + c.moderatedVotedStatements, 1));
    out[2 * p] = x * scale;
    out[2 * p + 1] = y * scale;
  }
  return out;
}

/**
 * Distance from the centre of a participant who agreed with statement `s` only: the statement's
 * place in the opinion map, used as its extremity E in the priority formula.
 */
export function statementExtremity(c: CentredMatrix, axes: readonly [Float64Array, Float64Array], s: number): number {
  const scale = Math.sqrt(c.activeStatements) * (1 - c.means[s]);
  return Math.hypot(axes[0][s], axes[1][s]) * scale;
}
