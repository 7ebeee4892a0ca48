/** Weighted k-means on 2-D points (interleaved x, y), accelerated with Hamerly's distance bounds. */

/** Result of k-means: centres (interleaved), the centre index of each point, the weight in each cluster. */
export interface KMeansResult {
  centres: Float64Array;
  assignment: Int32Array;
  sizes: Float64Array;
  inertia: number;
  iterations: number;
}

const weightOf = (weights: Float64Array | null, i: number) => (weights ? weights[i] : 1);

function squaredDistance(points: Float64Array, i: number, centres: Float64Array, c: number): number {
  const dx = points[2 * i] - centres[2 * c];
  const dy = points[2 * i + 1] - centres[2 * c + 1];
  return dx * dx + dy * dy;
}

/**
 * k-means++ seeding (probability ∝ weight × squared distance), continuing from `initial` centres when
 * given (warm start). Returns fewer than k centres when there are fewer distinct points.
 */
export function seedCentres(points: Float64Array, weights: Float64Array | null, k: number, random: () => number, initial?: Float64Array): Float64Array {
  const n = points.length / 2;
  const chosen: number[] = initial ? Array.from(initial.subarray(0, 2 * Math.min(k, initial.length / 2))) : [];
  // A warm start that already has k centres needs no distances at all.
  if (n === 0 || chosen.length / 2 >= k) return new Float64Array(chosen);
  const nearest = new Float64Array(n).fill(Infinity);
  const account = (from: number) => {
    const centre = Float64Array.from(chosen.slice(from));
    for (let c = 0; c < centre.length / 2; c++) {
      for (let i = 0; i < n; i++) nearest[i] = Math.min(nearest[i], squaredDistance(points, i, centre, c));
    }
  };
  if (chosen.length === 0) {
    const first = Math.floor(random() * n);
    chosen.push(points[2 * first], points[2 * first + 1]);
  }
  account(0);
  while (chosen.length / 2 < k) {
    let total = 0;
    for (let i = 0; i < n; i++) total += weightOf(weights, i) * nearest[i];
    if (total === 0) break; // every point already coincides with a centre
    let target = random() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= weightOf(weights, i) * nearest[i];
      if (target < 0 && nearest[i] > 0) {
        pick = i;
        break;
      }
    }
    chosen.push(points[2 * pick], points[2 * pick + 1]);
    account(chosen.length - 2);
  }
  return Float64Array.from(chosen);
}

/** Lloyd's weighted k-means from the given centres; stops when no point changes cluster. */
export function kMeans(points: Float64Array, weights: Float64Array | null, initialCentres: Float64Array, maxIterations = 100): KMeansResult {
  const n = points.length / 2;
  const k = initialCentres.length / 2;
  const centres = Float64Array.from(initialCentres);
  const assignment = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const halfGap = new Float64Array(k);
  const moved = new Float64Array(k);
  const sums = new Float64Array(3 * k);
  const scan = (i: number) => {
    let best = 0;
    let bestD = Infinity;
    let secondD = Infinity;
    for (let c = 0; c < k; c++) {
      const d = squaredDistance(points, i, centres, c);
      if (d < bestD) {
        secondD = bestD;
        bestD = d;
        best = c;
      } else if (d < secondD) secondD = d;
    }
    const changed = assignment[i] !== best;
    assignment[i] = best;
    upper[i] = Math.sqrt(bestD);
    lower[i] = Math.sqrt(secondD);
    return changed;
  };
  for (let i = 0; i < n; i++) scan(i);
  let iterations = 0;
  while (iterations < maxIterations && k > 0) {
    iterations++;
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const w = weightOf(weights, i);
      sums[3 * assignment[i]] += w * points[2 * i];
      sums[3 * assignment[i] + 1] += w * points[2 * i + 1];
      sums[3 * assignment[i] + 2] += w;
    }
    let maxMove = 0;
    for (let c = 0; c < k; c++) {
      const w = sums[3 * c + 2];
      // An empty cluster keeps its centre; callers drop it afterwards.
      const x = w > 0 ? sums[3 * c] / w : centres[2 * c];
      const y = w > 0 ? sums[3 * c + 1] / w : centres[2 * c + 1];
      moved[c] = Math.hypot(x - centres[2 * c], y - centres[2 * c + 1]);
      centres[2 * c] = x;
      centres[2 * c + 1] = y;
      maxMove = Math.max(maxMove, moved[c]);
    }
    if (maxMove === 0) break;
    for (let c = 0; c < k; c++) {
      let gap = Infinity;
      for (let o = 0; o < k; o++) if (o !== c) gap = Math.min(gap, squaredDistance(centres, c, centres, o));
      halfGap[c] = Math.sqrt(gap) / 2;
    }
    let changes = 0;
    for (let i = 0; i < n; i++) {
      const a = assignment[i];
      upper[i] += moved[a];
      lower[i] -= maxMove;
      const bound = Math.max(halfGap[a], lower[i]);
      if (upper[i] <= bound) continue;
      upper[i] = Math.sqrt(squaredDistance(points, i, centres, a));
      if (upper[i] <= bound) continue;
      if (scan(i)) changes++;
    }
    if (changes === 0) break;
  }
  const sizes = new Float64Array(k);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    sizes[assignment[i]] += weightOf(weights, i);
    inertia += weightOf(weights, i) * squaredDistance(points, i, centres, assignment[i]);
  }
  return { centres, assignment, sizes, inertia, iterations };
}

/** Removes clusters that ended up empty and renumbers the assignment accordingly. */
export function dropEmptyClusters(result: KMeansResult): KMeansResult {
  const renumber = new Int32Array(result.sizes.length).fill(-1);
  const centres: number[] = [];
  const sizes: number[] = [];
  result.sizes.forEach((size, c) => {
    if (size <= 0) return;
    renumber[c] = sizes.length;
    sizes.push(size);
    centres.push(result.centres[2 * c], result.centres[2 * c + 1]);
  });
  const assignment = result.assignment.map((c) => renumber[c]);
  return { ...result, centres: Float64Array.from(centres), sizes: Float64Array.from(sizes), assignment };
}
