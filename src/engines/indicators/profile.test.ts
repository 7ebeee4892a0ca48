import { describe, expect, it } from 'vitest';
import { giffingerProfiles } from './profile.ts';
import type { IndicatorDefinition, IndicatorObservation } from './types.ts';
import { signedZScores } from './z-scores.ts';

// A small example worked out by hand. Four areas A–D; environment has four objective indicators in
// three factors and one perceived indicator; mobility has one objective indicator nobody measured.
const indicators: IndicatorDefinition[] = [
  { code: 'e1', dimension: 'environment', factor: 'pollution', polarity: 'lower-better', kind: 'objective' },
  { code: 'e2', dimension: 'environment', factor: 'pollution', polarity: 'higher-better', kind: 'objective' },
  { code: 'e3', dimension: 'environment', factor: 'protection', polarity: 'higher-better', kind: 'objective' },
  { code: 'e4', dimension: 'environment', factor: 'resources', polarity: 'higher-better', kind: 'objective' },
  { code: 'p1', dimension: 'environment', factor: 'pollution', polarity: 'higher-better', kind: 'perceived' },
  { code: 'm1', dimension: 'mobility', factor: 'accessibility', polarity: 'higher-better', kind: 'objective' },
];
const table: Record<string, Record<string, number>> = {
  // mean 10, deviations −3 −1 −1 +5, sd 3: z = −1, −1/3, −1/3, 5/3, turned (lower is better): 1, 1/3, 1/3, −5/3
  e1: { A: 7, B: 9, C: 9, D: 15 },
  // mean 2, sd 1: z = −1, −1, 1, 1
  e2: { A: 1, B: 1, C: 3, D: 3 },
  // D missing; mean 2, sd √(8/3): z = √(3/2), 0, −√(3/2)
  e3: { A: 4, B: 2, C: 0 },
  // C and D missing; mean 5, sd 1: z = 1, −1
  e4: { A: 6, B: 4 },
  // mean 3, sd 1: z = −1, 1, −1, 1
  p1: { A: 2, B: 4, C: 2, D: 4 },
};
const observations: IndicatorObservation[] = Object.entries(table).flatMap(([indicator, byArea]) => Object.entries(byArea).map(([area, value]) => ({ indicator, area, value })));
const r = Math.sqrt(3 / 2);

describe('Giffinger profile', () => {
  const profiles = giffingerProfiles(indicators, observations, ['A', 'B', 'C', 'D']);
  const environment = (area: string) => profiles.find((p) => p.area === area)!.dimensions.find((d) => d.dimension === 'environment')!;

  it('z-transforms each indicator across the areas that have it, sign turned by polarity', () => {
    const z = signedZScores(indicators, observations);
    expect([...z.get('e1')!.values()]).toEqual([1, 1 / 3, 1 / 3, -5 / 3].map((v) => expect.closeTo(v, 12)));
    expect(z.get('e3')!.get('A')).toBeCloseTo(r, 12);
    expect(z.get('e3')!.has('D')).toBe(false);
  });

  it('averages indicators into factors and factors into the dimension', () => {
    // A: pollution (1 − 1)/2 = 0, protection √(3/2), resources 1 → (0 + √(3/2) + 1)/3
    expect(environment('A').objective.score).toBeCloseTo((r + 1) / 3, 12);
    // B: pollution (1/3 − 1)/2 = −1/3, protection 0, resources −1 → −4/9
    expect(environment('B').objective.score).toBeCloseTo(-4 / 9, 12);
    // C has 3 of 4 indicators (75 %): pollution (1/3 + 1)/2 = 2/3, protection −√(3/2) → (2/3 − √(3/2))/2
    expect(environment('C').objective).toEqual({ score: expect.closeTo((2 / 3 - r) / 2, 12), coverage: 0.75 });
    const factorsOfA = profiles[0].factors.filter((f) => f.kind === 'objective').map((f) => [f.factor, f.score]);
    expect(factorsOfA).toEqual([['pollution', 0], ['protection', expect.closeTo(r, 12)], ['resources', 1]]);
  });

  it('shows a dimension only where at least 75 % of its indicators are present', () => {
    // D has e1 and e2 only: 2 of 4.
    expect(environment('D').objective).toEqual({ score: null, coverage: 0.5 });
    // Over both kinds D has 3 of 5.
    expect(environment('D').coverage).toBeCloseTo(0.6, 12);
    const mobility = profiles[0].dimensions.find((d) => d.dimension === 'mobility')!;
    expect(mobility).toEqual({ dimension: 'mobility', objective: { score: null, coverage: 0 }, perceived: { score: null, coverage: 0 }, coverage: 0 });
  });

  it('keeps perceived values apart from objective ones', () => {
    expect(environment('A').perceived).toEqual({ score: -1, coverage: 1 });
    expect(environment('B').perceived).toEqual({ score: 1, coverage: 1 });
    expect(environment('A').objective.score).not.toBe(-1);
  });

  it('lists the six dimensions for every area, in order', () => {
    expect(profiles.map((p) => p.dimensions.map((d) => d.dimension))).toEqual(Array(4).fill(['economy', 'people', 'governance', 'mobility', 'environment', 'living']));
  });

  it('gives z = 0 when every area has the same value, and compares only the areas asked for', () => {
    const same = giffingerProfiles(indicators, [...observations, { indicator: 'm1', area: 'A', value: 3 }, { indicator: 'm1', area: 'B', value: 3 }], ['A', 'B']);
    expect(same[0].dimensions.find((d) => d.dimension === 'mobility')!.objective).toEqual({ score: 0, coverage: 1 });
    // Between A and B alone, e1 is 7 against 9: z = +1 and −1 after the turn.
    expect(signedZScores(indicators, observations.filter((o) => o.area === 'A' || o.area === 'B')).get('e1')!.get('A')).toBeCloseTo(1, 12);
  });

  it('refuses unknown indicators, duplicates and non-numbers with the indicator and area named', () => {
    expect(() => signedZScores(indicators, [{ indicator: 'x9', area: 'A', value: 1 }])).toThrow('Unknown indicator "x9" (area A)');
    expect(() => signedZScores(indicators, [{ indicator: 'e1', area: 'A', value: 1 }, { indicator: 'e1', area: 'A', value: 2 }])).toThrow('Two values of e1 for A');
    expect(() => signedZScores(indicators, [{ indicator: 'e1', area: 'A', value: Number.NaN }])).toThrow('e1 in A');
  });
});
