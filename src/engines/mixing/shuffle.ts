import { randomInt } from 'node:crypto';

/** A uniform integer in [0, n): the operating system's cryptographic generator unless a test gives another. */
export type RandomBelow = (n: number) => number;

/**
 * A uniformly random permutation of `items` (Fisher–Yates), as a new array. Ballots are written in
 * this order so that storage order tells nothing: a predictable generator (Math.random) could let
 * someone who saw part of the order recover the rest.
 */
export function secureShuffle<T>(items: readonly T[], randomBelow: RandomBelow = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
