import { randomFillSync } from 'node:crypto';

/**
 * Where the privacy engine takes its randomness: uniform integers, never floating point.
 * Production uses {@link cryptoRandomSource}; tests inject a seeded source so a distribution test
 * replays the same draws.
 */
export interface RandomSource {
  /** A uniform integer in [0, n), for n >= 1. */
  below(n: bigint): bigint;
}

const TWO_32 = 2 ** 32;

/**
 * Turns a stream of uniform 32-bit words into uniform integers below any bound, by rejection
 * (modulo alone would favour small values whenever n does not divide 2^32).
 */
export function randomSourceFromWords(nextWord: () => number): RandomSource {
  return {
    below(n: bigint): bigint {
      if (n < 1n) throw new RangeError(`below(n) needs n >= 1, got ${n}`);
      if (n <= 0x1_0000_0000n) return BigInt(belowSmall(Number(n), nextWord));
      return belowLarge(n, nextWord);
    },
  };
}

function belowSmall(n: number, nextWord: () => number): number {
  // The largest multiple of n that fits in 32 bits: words at or above it are drawn again.
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const word = nextWord();
    if (word < limit) return word % n;
  }
}

function belowLarge(n: bigint, nextWord: () => number): bigint {
  const bits = (n - 1n).toString(2).length;
  const words = Math.ceil(bits / 32);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    let value = 0n;
    for (let i = 0; i < words; i++) value = (value << 32n) | BigInt(nextWord());
    value &= mask;
    if (value < n) return value;
  }
}

const POOL_WORDS = 1024;

/** Uniform integers from the operating system's cryptographic generator (read 4 KiB at a time). */
export function cryptoRandomSource(): RandomSource {
  const pool = new Uint32Array(POOL_WORDS);
  let next = POOL_WORDS;
  return randomSourceFromWords(() => {
    if (next === POOL_WORDS) {
      randomFillSync(pool);
      next = 0;
    }
    return pool[next++];
  });
}
