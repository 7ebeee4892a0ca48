import { randomInt } from 'node:crypto';

/**
 * A uniformly random permutation of `items` (Fisher–Yates with the operating system's cryptographic
 * random source), as a new array. Ballots are written in this order so that storage order tells nothing:
 * a predictable generator (Math.random) could let someone who saw part of the order recover the rest.
 */
export function secureShuffle<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
