import { seededRandom } from '../opinion/seeded-random.ts';
import { randomSourceFromWords, type RandomSource } from './random-source.ts';

/**
 * A deterministic random source for tests only: same seed, same draws. Never used to publish
 * (its sequence is predictable, so the noise could be subtracted).
 */
export function seededRandomSource(seed: number): RandomSource {
  const random = seededRandom(seed);
  // mulberry32 returns k / 2^32 for a uniform 32-bit k; multiplying back is exact.
  return randomSourceFromWords(() => random() * 2 ** 32);
}
