import { randomFillSync } from 'node:crypto';

/**
 * Where the privacy engine takes its randomness: uniform integers, never floating-point uniforms.
 * Production uses {@link cryptoRandomSource}; tests inject a seeded source so a distribution test
 * replays the same draws.
 */
export interface RandomSource {
  /** A uniform integer in [0, n), for an integer n with 1 <= n <= 2^53. */
  below(n: number): number;
}

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;

/**
 * Turns a stream of uniform 32-bit words into uniform integers below any bound up to 2^53, by
 * rejection (modulo alone would favour small values whenever n does not divide 2^32). Every value
 * handled is an integer below 2^53, which a JavaScript number holds exactly.
 */
export function randomSourceFromWords(nextWord: () => number): RandomSource {
  return {
    below(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_53) throw new RangeError(`below(n) needs an integer 1 <= n <= 2^53, got ${n}`);
      if (n === 1) return 0;
      return n <= TWO_32 ? belowSmall(n, nextWord) : belowLarge(n, nextWord);
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

function belowLarge(n: number, nextWord: () => number): number {
  // High word masked to the bits n needs beyond 32, so at least half of the draws are kept.
  let highRange = 1;
  while (highRange * TWO_32 < n) highRange *= 2;
  for (;;) {
    const value = (nextWord() % highRange) * TWO_32 + nextWord();
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
