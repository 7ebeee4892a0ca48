import { describe, expect, it } from 'vitest';
import { epsilon } from './epsilon.ts';
import { addLaplaceNoise, clampNoised, laplaceScale } from './mechanism.ts';
import { releaseTable } from './release-table.ts';
import { seededRandomSource } from './seeded-random-source.ts';

describe('discrete Laplace mechanism', () => {
  it('adds integer noise centred on the value, wider for a larger sensitivity', () => {
    const random = seededRandomSource(8);
    const spread = (sensitivity: number) => {
      const scale = laplaceScale({ epsilon: epsilon('1'), sensitivity });
      const draws = Array.from({ length: 20_000 }, () => addLaplaceNoise(100, scale, random));
      expect(draws.every(Number.isInteger)).toBe(true);
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      expect(Math.abs(mean - 100)).toBeLessThan(0.2 * sensitivity);
      return draws.reduce((a, b) => a + Math.abs(b - 100), 0) / draws.length;
    };
    expect(spread(3) / spread(1)).toBeGreaterThan(2.5);
  });

  it('takes the scale sensitivity/ε as an exact fraction t/s', () => {
    expect(laplaceScale({ epsilon: epsilon('0.5'), sensitivity: 3 })).toEqual({ s: 1, t: 6 });
    expect(laplaceScale({ epsilon: epsilon('2/3'), sensitivity: 1 })).toEqual({ s: 2, t: 3 });
  });

  it('refuses fractional values and sensitivities', () => {
    expect(() => addLaplaceNoise(1.5, { s: 1, t: 1 }, seededRandomSource(1))).toThrow(/integer counts/);
    expect(() => laplaceScale({ epsilon: epsilon('1'), sensitivity: 0 })).toThrow(/sensitivity/);
    expect(() => laplaceScale({ epsilon: epsilon('1'), sensitivity: 1.5 })).toThrow(/sensitivity/);
  });

  it('clamps into the allowed range', () => {
    expect(clampNoised(-3)).toBe(0);
    expect(clampNoised(12, 0, 10)).toBe(10);
    expect(clampNoised(7, 0, 10)).toBe(7);
  });
});

describe('releasing a table', () => {
  it('applies the small-count rule with secondary suppression when no noise is asked for', () => {
    expect(releaseTable([40, 3, 12, 25], { withTotal: true })).toEqual({
      cells: [{ value: 40 }, { fewerThan: 5 }, { fewerThan: 5 }, { value: 25 }],
      total: { value: 80 },
    });
    expect(releaseTable([40, 3])).toEqual({ cells: [{ value: 40 }, { fewerThan: 5 }] });
  });

  it('labels every noised figure with its ε, clamps at zero and totals the noised cells', () => {
    const noise = { epsilon: epsilon('1/2'), sensitivity: 1, random: seededRandomSource(5) };
    for (let run = 0; run < 200; run++) {
      const table = releaseTable([0, 1, 30, 200], { threshold: 0, withTotal: true, noise });
      const noised = table.cells.map((c) => ('noised' in c ? c.noised : NaN));
      expect(noised.every((n) => n >= 0)).toBe(true);
      expect(table.cells.every((c) => 'epsilon' in c && c.epsilon === 0.5)).toBe(true);
      expect(table.total).toEqual({ noised: noised.reduce((a, b) => a + b, 0), epsilon: 0.5 });
    }
  });

  it('hides small noised values, never the exact ones, and keeps noised values within max', () => {
    const noise = { epsilon: epsilon('1'), sensitivity: 1, random: seededRandomSource(9), max: 12 };
    let hiddenTen = 0;
    for (let run = 0; run < 500; run++) {
      const [small, ten] = releaseTable([0, 10], { noise }).cells;
      // A true 0 is published as a noised figure whenever the noise lifts it to 5 or more.
      if ('noised' in small) expect(small.noised).toBeGreaterThanOrEqual(5);
      if ('noised' in ten) expect(ten.noised).toBeLessThanOrEqual(12);
      else hiddenTen++;
    }
    // P(10 + noise < 5) = P(noise <= -6) ≈ 0.18% at ε = 1: rare but possible, never systematic.
    expect(hiddenTen).toBeLessThan(10);
  });
});
