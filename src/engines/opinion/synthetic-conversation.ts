import { seededRandom } from './seeded-random.ts';
import type { IndexedVotes } from './vote-matrix.ts';

/** Shape of a generated conversation with latent opinion groups. */
export interface SyntheticSpec {
  participants: number;
  statements: number;
  votes: number;
  /** Relative sizes of the latent groups, e.g. [5, 3, 2]. */
  groupWeights: number[];
  seed: number;
  /** How strongly group stance drives votes, 0 (noise) … 1 (always follows the stance). */
  polarisation?: number;
}

/** A generated conversation: cells by index, the latent group of each participant. */
export interface SyntheticConversation {
  participantIds: string[];
  statementIds: string[];
  cells: IndexedVotes;
  latentGroup: Int32Array;
}

// Strides coprime with any statement count that is a product of 2s and 5s, so a walk never repeats a statement.
const STRIDES = [3, 7, 11, 13, 17, 19, 23, 29];

/** Splits `total` votes in proportion to activity, at least 1 and at most `cap` each, summing exactly to `total`. */
function votesPerParticipant(activity: Float64Array, cap: number, total: number): Int32Array {
  const sum = activity.reduce((a, b) => a + b, 0);
  const counts = activity.map((a) => Math.min(cap, Math.max(1, Math.round((a / sum) * total))));
  let left = total - counts.reduce((a, b) => a + b, 0);
  if (total > cap * activity.length || total < activity.length) throw new RangeError('cannot place that many votes');
  // Rounding and the cap leave a small remainder: spread it one vote at a time.
  for (let p = 0; left !== 0; p = (p + 1) % counts.length) {
    if (left > 0 && counts[p] < cap) (counts[p]++, left--);
    else if (left < 0 && counts[p] > 1) (counts[p]--, left++);
  }
  return Int32Array.from(counts);
}

/**
 * Generates exactly `votes` votes (no participant votes twice on a statement): activity is skewed
 * (exponential), early statements are seen more, each latent group has its own stance per statement,
 * and 15 % of votes are passes.
 */
export function syntheticConversation(spec: SyntheticSpec): SyntheticConversation {
  const random = seededRandom(spec.seed);
  const { participants: P, statements: S, votes: V } = spec;
  const polarisation = spec.polarisation ?? 0.8;
  const G = spec.groupWeights.length;
  const totalWeight = spec.groupWeights.reduce((a, b) => a + b, 0);
  // Each group leans clearly one way on each statement (|stance| ≥ 0.5), as real groups do on the statements that divide them.
  const stance = new Float64Array(G * S).map(() => (random() < 0.5 ? -1 : 1) * (0.5 + 0.5 * random()));
  const latentGroup = new Int32Array(P).map(() => {
    let target = random() * totalWeight;
    for (let g = 0; g < G; g++) if ((target -= spec.groupWeights[g]) < 0) return g;
    return G - 1;
  });
  const activity = new Float64Array(P).map(() => -Math.log(1 - random()));
  const activityTotal = activity.reduce((a, b) => a + b, 0);
  const counts = votesPerParticipant(activity, S, V);
  const cells: IndexedVotes = { participant: new Int32Array(V), statement: new Int32Array(V), value: new Int8Array(V) };
  let cast = 0;
  for (let p = 0; p < P; p++) {
    const start = Math.floor(S * random() ** 2);
    const stride = STRIDES[Math.floor(random() * STRIDES.length)];
    for (let j = 0; j < counts[p]; j++) {
      const s = (start + j * stride) % S;
      const lean = stance[latentGroup[p] * S + s] * polarisation;
      const u = random();
      cells.participant[cast] = p;
      cells.statement[cast] = s;
      cells.value[cast] = u < 0.15 ? 0 : random() < (1 + lean) / 2 ? 1 : -1;
      cast++;
    }
  }
  return {
    participantIds: Array.from({ length: P }, (_, p) => `p${p}`),
    statementIds: Array.from({ length: S }, (_, s) => `s${s}`),
    cells,
    latentGroup,
  };
}
