import { addLaplaceNoise, clampNoised, laplaceScale, type LaplaceNoise } from './mechanism.ts';
import { publishCount, publishCountsWithTotal, SMALL_COUNT_THRESHOLD, type SuppressedCount } from './small-counts.ts';

/**
 * A figure as cocity publishes it (a public API contract): the exact value, only that it is below the
 * threshold, or a noised value with the ε that protects it.
 */
export type PublishedValue = { value: number } | { fewerThan: number } | { noised: number; epsilon: number };

/** A table of counts as published: its cells in the order given, and its total when asked for. */
export interface PublishedTable {
  cells: PublishedValue[];
  total?: PublishedValue;
}

/** How a table is released: the small-count threshold, whether its total is shown, and noise when differential privacy is on. */
export interface TableReleaseOptions {
  threshold?: number;
  withTotal?: boolean;
  /** Discrete Laplace noise on every cell; the noised cells are clamped to [0, max]. */
  noise?: LaplaceNoise & { max?: number };
}

/**
 * Releases a table of counts or integer sums. Without noise, the small-count rule hides cells below
 * the threshold (with secondary suppression when the total is shown). With noise, every cell is
 * noised first and clamped, and the same rule then applies to the noised values — never to the true
 * ones, whose suppression pattern would itself give people away; the total is the sum of the noised
 * cells, so it spends no extra ε.
 */
export function releaseTable(values: number[], options: TableReleaseOptions = {}): PublishedTable {
  const threshold = options.threshold ?? SMALL_COUNT_THRESHOLD;
  const noise = options.noise;
  let base = values;
  let label = (count: SuppressedCount): PublishedValue => count;
  if (noise) {
    const scale = laplaceScale(noise);
    const epsilon = noise.epsilon.toNumber();
    base = values.map((v) => clampNoised(addLaplaceNoise(v, scale, noise.random), 0, noise.max));
    label = (count) => ('value' in count ? { noised: count.value, epsilon } : count);
  }
  const cells = (options.withTotal ? publishCountsWithTotal(base, threshold) : base.map((v) => publishCount(v, threshold))).map(label);
  if (!options.withTotal) return { cells };
  return { cells, total: label(publishCount(base.reduce((a, b) => a + b, 0), threshold)) };
}
