/**
 * Mean silhouette over weighted 2-D points (the base clusters): for each point, a = weighted mean
 * distance to the other points of its group, b = the smallest weighted mean distance to another group,
 * s = (b − a) / max(a, b); a point alone in its group scores 0. The mean is unweighted, over points.
 */
export function meanSilhouette(points: Float64Array, weights: Float64Array, assignment: Int32Array, k: number): number {
  const n = points.length / 2;
  if (n === 0) return 0;
  const distanceSum = new Float64Array(k);
  const weightSum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    distanceSum.fill(0);
    weightSum.fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = Math.hypot(points[2 * i] - points[2 * j], points[2 * i + 1] - points[2 * j + 1]);
      distanceSum[assignment[j]] += weights[j] * d;
      weightSum[assignment[j]] += weights[j];
    }
    const own = assignment[i];
    if (weightSum[own] === 0) continue;
    const a = distanceSum[own] / weightSum[own];
    let b = Infinity;
    for (let g = 0; g < k; g++) if (g !== own && weightSum[g] > 0) b = Math.min(b, distanceSum[g] / weightSum[g]);
    if (b === Infinity) continue;
    const denominator = Math.max(a, b);
    total += denominator > 0 ? (b - a) / denominator : 0;
  }
  return total / n;
}
