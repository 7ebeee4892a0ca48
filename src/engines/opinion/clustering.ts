import { dropEmptyClusters, kMeans, seedCentres, type KMeansResult } from './kmeans.ts';
import { meanSilhouette } from './silhouette.ts';
import { seededRandom } from './seeded-random.ts';

/** How many groups were chosen, and a challenger k with how many updates in a row it has been best. */
export interface GroupCountHistory {
  k: number;
  challenger: number;
  streak: number;
}

/** Clustering remembered between updates for warm starts. */
export interface ClusteringState {
  baseCentres: number[];
  groupCentres: number[];
  history: GroupCountHistory;
}

/** Two-level clustering: base clusters of participants, then groups of base clusters. */
export interface Clustering {
  /** Base cluster of each clustered point (same order as the input points). */
  baseOf: Int32Array;
  base: KMeansResult;
  /** Group of each base cluster. */
  groupOfBase: Int32Array;
  groupCentres: Float64Array;
  k: number;
  silhouetteByK: Map<number, number>;
  state: ClusteringState;
}

/** Base clusters summarising the map before groups are formed. */
export const MAX_BASE_CLUSTERS = 100;
/** Consecutive updates a new best k must win before the number of groups changes. */
export const UPDATES_TO_CHANGE_K = 4;

/** Smallest share of the clustered participants a group may hold; a smaller one makes its k ineligible. */
export const MIN_GROUP_SHARE = 0.1;

/**
 * False when a group is a single base cluster or holds under MIN_GROUP_SHARE of the participants.
 * Pol.is scores a lone base cluster's silhouette 0, which barely moves a mean over 100 of them, so
 * such outlier groups still won on flat maps; here they rule their k out instead.
 */
export function hasNoTinyGroup(baseSizes: Float64Array, groupOfBase: Int32Array, k: number): boolean {
  const participants = new Float64Array(k);
  const baseClusters = new Int32Array(k);
  let total = 0;
  groupOfBase.forEach((g, b) => {
    participants[g] += baseSizes[b];
    baseClusters[g]++;
    total += baseSizes[b];
  });
  for (let g = 0; g < k; g++) if (baseClusters[g] < 2 || participants[g] < MIN_GROUP_SHARE * total) return false;
  return true;
}

/** Candidate group counts: 2 … min(5, 2 + floor(n_base / 12)), never more than the base clusters. */
export function candidateGroupCounts(nBase: number): number[] {
  const highest = Math.min(5, 2 + Math.floor(nBase / 12), nBase);
  const ks: number[] = [];
  for (let k = 2; k <= highest; k++) ks.push(k);
  return ks;
}

/** Keeps the previous k unless a different best k has won UPDATES_TO_CHANGE_K updates in a row. */
export function nextGroupCount(previous: GroupCountHistory | undefined, best: number, allowed: readonly number[]): GroupCountHistory {
  if (!previous || !allowed.includes(previous.k) || best === previous.k) return { k: best, challenger: best, streak: 0 };
  const streak = best === previous.challenger ? previous.streak + 1 : 1;
  if (streak >= UPDATES_TO_CHANGE_K) return { k: best, challenger: best, streak: 0 };
  return { k: previous.k, challenger: best, streak };
}

/** Best of several seeded k-means runs on the base centres (lowest weighted inertia), plus a warm start. */
function groupBaseClusters(base: KMeansResult, k: number, random: () => number, warm?: Float64Array): KMeansResult {
  const starts: Float64Array[] = [];
  if (warm && warm.length === 2 * k) starts.push(warm);
  for (let r = 0; r < 10; r++) starts.push(seedCentres(base.centres, base.sizes, k, random));
  let best: KMeansResult | undefined;
  for (const start of starts) {
    if (start.length !== 2 * k) continue;
    const run = kMeans(base.centres, base.sizes, start);
    if (!best || run.inertia < best.inertia - 1e-12) best = run;
  }
  return best!;
}

/** Point-distance evaluations spent on base-cluster restarts; small conversations get several restarts, large ones one. */
const BASE_RESTART_BUDGET = 2_000_000;
/** Point-iterations allowed for one base k-means run. */
const BASE_ITERATION_BUDGET = 1_000_000;

/**
 * Base clusters: k-means++ then k-means, restarted while the budget allows, keeping the lowest
 * inertia — one unlucky seeding otherwise moves the group boundary noticeably on small conversations.
 */
function clusterBase(points: Float64Array, random: () => number, warm?: Float64Array): KMeansResult {
  const n = points.length / 2;
  const k = Math.min(MAX_BASE_CLUSTERS, n);
  const restarts = warm ? 1 : Math.max(1, Math.min(20, Math.floor(BASE_RESTART_BUDGET / Math.max(1, n * k))));
  // Base clusters only summarise the map, so past ~20 iterations on large conversations the last small
  // moves are not worth their time (inertia improves by about 1 %); small ones run to convergence.
  const fullRun = Math.max(20, Math.min(100, Math.floor(BASE_ITERATION_BUDGET / Math.max(1, n))));
  // A warm start refines centres that were already settled, so a quarter of the iterations suffices;
  // successive updates keep refining them.
  const maxIterations = warm ? Math.max(5, Math.floor(fullRun / 4)) : fullRun;
  let best: KMeansResult | undefined;
  for (let r = 0; r < restarts; r++) {
    const run = kMeans(points, null, seedCentres(points, null, k, random, warm), maxIterations);
    if (!best || run.inertia < best.inertia) best = run;
  }
  return dropEmptyClusters(best!);
}

/** The k with the best silhouette among those without a tiny group, or among all when every k has one. */
function bestGroupCount(silhouetteByK: Map<number, number>, eligible: Set<number>, fallback: number): number {
  let bestK = fallback;
  let bestScore = -Infinity;
  const pool = eligible.size > 0 ? eligible : new Set(silhouetteByK.keys());
  for (const [k, score] of silhouetteByK) {
    if (pool.has(k) && score > bestScore + 1e-12) {
      bestScore = score;
      bestK = k;
    }
  }
  return bestK;
}

/** Clusters 2-D points in two levels and picks the number of groups by silhouette, with hysteresis. */
export function clusterPoints(points: Float64Array, seed: number, previous?: ClusteringState): Clustering {
  const random = seededRandom(seed);
  const warmBase = previous ? Float64Array.from(previous.baseCentres) : undefined;
  const base = clusterBase(points, random, warmBase);
  const nBase = base.sizes.length;
  const allowed = candidateGroupCounts(nBase);
  const runs = new Map<number, KMeansResult>();
  const silhouetteByK = new Map<number, number>();
  const eligible = new Set<number>();
  const warmGroups = previous ? Float64Array.from(previous.groupCentres) : undefined;
  for (const k of allowed) {
    const run = groupBaseClusters(base, k, random, warmGroups);
    runs.set(k, run);
    silhouetteByK.set(k, meanSilhouette(base.centres, base.sizes, run.assignment, k));
    if (hasNoTinyGroup(base.sizes, run.assignment, k)) eligible.add(k);
  }
  const bestK = bestGroupCount(silhouetteByK, eligible, Math.min(nBase, 1));
  const history = allowed.length > 0 ? nextGroupCount(previous?.history, bestK, allowed) : { k: bestK, challenger: bestK, streak: 0 };
  const chosen = runs.get(history.k);
  const groupOfBase = chosen ? chosen.assignment : new Int32Array(nBase);
  const groupCentres = chosen ? chosen.centres : Float64Array.from(base.centres.subarray(0, 2));
  return {
    baseOf: base.assignment,
    base,
    groupOfBase,
    groupCentres,
    k: history.k,
    silhouetteByK,
    state: { baseCentres: Array.from(base.centres), groupCentres: Array.from(groupCentres), history },
  };
}
