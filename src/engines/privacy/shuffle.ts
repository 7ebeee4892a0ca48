import { cryptoRandomSource, type RandomSource } from './random-source.ts';

/**
 * A uniformly random permutation of `items` (Fisher–Yates), as a new array, drawn from the operating
 * system's cryptographic generator unless another source is given. Ballots are written in this order so
 * that storage order tells nothing: a predictable generator (Math.random) could let someone who saw part
 * of the order recover the rest.
 */
export function secureShuffle<T>(items: readonly T[], random: RandomSource = cryptoRandomSource()): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
