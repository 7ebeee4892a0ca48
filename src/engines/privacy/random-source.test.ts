import { describe, expect, it } from 'vitest';
import { cryptoRandomSource, type RandomSource } from './random-source.ts';
import { seededRandomSource } from './seeded-random-source.ts';

/** Share of 30,000 draws below n falling in each third of [0, n). */
function thirds(random: RandomSource, n: number): number[] {
  const counts = [0, 0, 0];
  let outside = 0;
  for (let i = 0; i < 30_000; i++) {
    const x = random.below(n);
    if (!Number.isInteger(x) || x < 0 || x >= n) outside++;
    else counts[Math.floor((x * 3) / n)]++;
  }
  expect(outside).toBe(0);
  return counts.map((c) => c / 30_000);
}

describe('uniform integers from random words', () => {
  // With n = 3·2^30, plain `word % n` would put half of the draws in the first third.
  it.each([3 * 2 ** 30, 3 * 2 ** 40, 3 * 2 ** 51, 9])('are uniform below %i, without modulo bias', (n) => {
    for (const share of thirds(seededRandomSource(3), n)) expect(Math.abs(share - 1 / 3)).toBeLessThan(0.015);
  });

  it('come from the cryptographic generator in production, within range and uniform', () => {
    for (const share of thirds(cryptoRandomSource(), 3 * 2 ** 30)) expect(Math.abs(share - 1 / 3)).toBeLessThan(0.015);
    expect(cryptoRandomSource().below(1)).toBe(0);
  });

  it('refuses an empty range and ranges a number cannot hold exactly', () => {
    for (const n of [0, 2.5, 2 ** 53 + 2]) expect(() => cryptoRandomSource().below(n)).toThrow(RangeError);
  });
});
