import { describe, expect, it } from 'vitest';
import { bernoulliExpNeg, sampleDiscreteLaplace } from './discrete-laplace.ts';
import { seededRandomSource } from './seeded-random-source.ts';

const DRAWS = 100_000;

/** Upper 0.1 % point of the chi-square distribution (Wilson–Hilferty), so a correct sampler fails 1 run in 1,000 seeds. */
function chiSquareCritical(df: number): number {
  const z = 3.0902;
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Exact P(Z = z) for the discrete Laplace of scale t/s: (1 - q)/(1 + q) · q^|z| with q = exp(-s/t). */
function laplaceProbability(z: number, s: number, t: number): number {
  const q = Math.exp(-s / t);
  return ((1 - q) / (1 + q)) * q ** Math.abs(z);
}

/** Pearson's statistic over the integers, with both tails pooled where fewer than 20 draws are expected. */
function chiSquareAgainstLaplace(draws: number[], s: number, t: number): { statistic: number; df: number } {
  let edge = 0;
  while (DRAWS * laplaceProbability(edge + 1, s, t) >= 20) edge++;
  const bins = new Map<number, number>();
  for (const z of draws) {
    const bin = Math.max(-edge - 1, Math.min(edge + 1, z));
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  let tail = 0;
  for (let z = 0; z <= edge; z++) tail += laplaceProbability(z, s, t) * (z === 0 ? 1 : 2);
  const expected = (bin: number) => (Math.abs(bin) > edge ? (1 - tail) / 2 : laplaceProbability(bin, s, t)) * DRAWS;
  let statistic = 0;
  for (let bin = -edge - 1; bin <= edge + 1; bin++) statistic += ((bins.get(bin) ?? 0) - expected(bin)) ** 2 / expected(bin);
  return { statistic, df: 2 * edge + 2 };
}

describe('Bernoulli(exp(-γ)) by rational arithmetic', () => {
  it.each([
    [0, 1],
    [1, 2],
    [1, 1],
    [5, 2],
    [7, 3],
  ])('is true with probability exp(-%i/%i)', (num, den) => {
    const random = seededRandomSource(11);
    let hits = 0;
    for (let i = 0; i < DRAWS; i++) if (bernoulliExpNeg(num, den, random)) hits++;
    const p = Math.exp(-num / den);
    // 4.5 standard deviations of the binomial count (or exact, when p = 1).
    expect(Math.abs(hits - DRAWS * p)).toBeLessThanOrEqual(4.5 * Math.sqrt(DRAWS * p * (1 - p)));
  });
});

describe('discrete Laplace sampler', () => {
  it.each([
    [1, 1, 1],
    [1, 3, 2],
    [2, 3, 3],
    [3, 1, 4],
    [1, 10, 5],
  ])('matches the exact probabilities for scale t/s = %i/%i on 100,000 draws (chi-square, seed %i)', (s, t, seed) => {
    const random = seededRandomSource(seed);
    const draws = Array.from({ length: DRAWS }, () => sampleDiscreteLaplace(s, t, random));
    const { statistic, df } = chiSquareAgainstLaplace(draws, s, t);
    expect(statistic).toBeLessThan(chiSquareCritical(df));
  });

  it('is symmetric around zero with the variance 2q/(1-q)² of its scale', () => {
    const random = seededRandomSource(6);
    const draws = Array.from({ length: DRAWS }, () => sampleDiscreteLaplace(1, 4, random));
    const q = Math.exp(-1 / 4);
    const variance = (2 * q) / (1 - q) ** 2;
    const mean = draws.reduce((a, b) => a + b, 0) / DRAWS;
    const observed = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / DRAWS;
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(variance / DRAWS));
    expect(Math.abs(observed / variance - 1)).toBeLessThan(0.03);
  });

  it('replays the same draws from the same seed', () => {
    const draw = (seed: number) => Array.from({ length: 50 }, ((r) => () => sampleDiscreteLaplace(1, 2, r))(seededRandomSource(seed)));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('refuses a scale that is not made of two positive integers up to 2^40', () => {
    for (const [s, t] of [[0, 1], [1, 0.5], [1, 2 ** 41]]) expect(() => sampleDiscreteLaplace(s, t, seededRandomSource(1))).toThrow(RangeError);
  });
});
