import { describe, expect, it } from 'vitest';
import { cryptoRandomSource, type RandomSource } from './random-source.ts';
import { seededRandomSource } from './seeded-random-source.ts';

/** Share of 30,000 draws below n falling in each third of [0, n). */
function thirds(random: RandomSource, n: bigint): number[] {
  const counts = [0, 0, 0];
  let outside = 0;
  for (let i = 0; i < 30_000; i++) {
    const x = random.below(n);
    if (x < 0n || x >= n) outside++;
    else counts[Number((x * 3n) / n)]++;
  }
  expect(outside).toBe(0);
  return counts.map((c) => c / 30_000);
}

describe('uniform integers from random words', () => {
  // With n = 3·2^30, plain `word % n` would put half of the draws in the first third.
  it.each([3n * 2n ** 30n, 3n * 2n ** 40n, 9n])('are uniform below %i, without modulo bias', (n) => {
    for (const share of thirds(seededRandomSource(3), n)) expect(Math.abs(share - 1 / 3)).toBeLessThan(0.015);
  });

  it('come from the cryptographic generator in production, within range and uniform', () => {
    for (const share of thirds(cryptoRandomSource(), 3n * 2n ** 30n)) expect(Math.abs(share - 1 / 3)).toBeLessThan(0.015);
    expect(cryptoRandomSource().below(1n)).toBe(0n);
  });

  it('refuses an empty range', () => {
    expect(() => cryptoRandomSource().below(0n)).toThrow(RangeError);
  });
});
