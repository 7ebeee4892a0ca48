import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand-index.ts';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('matches the textbook value for a split cluster', () => {
    // Contingency [[2,0,0],[0,1,1]]: index 1, expected 2·1/6 = 1/3, max 1.5 → (1 − 1/3)/(1.5 − 1/3) = 4/7
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
  });

  it('is 0 when one labelling is a single cluster and the other all singletons', () => {
    expect(adjustedRandIndex([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });

  it('is negative for an anti-correlated partition', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeLessThan(0);
  });
});
