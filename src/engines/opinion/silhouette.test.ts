import { describe, expect, it } from 'vitest';
import { meanSilhouette } from './silhouette.ts';

describe('meanSilhouette', () => {
  it('matches the hand computation with weights', () => {
    // A(0) B(1) | C(10, weight 1) D(12, weight 3)
    // A: a = 1, b = (10 + 36)/4 = 11.5 → 10.5/11.5;  B: a = 1, b = (9 + 33)/4 = 10.5 → 9.5/10.5
    // C: a = 2, b = (10 + 9)/2 = 9.5 → 7.5/9.5;      D: a = 2, b = (12 + 11)/2 = 11.5 → 9.5/11.5
    const s = meanSilhouette(Float64Array.from([0, 0, 1, 0, 10, 0, 12, 0]), Float64Array.from([1, 1, 1, 3]), Int32Array.from([0, 0, 1, 1]), 2);
    expect(s).toBeCloseTo((10.5 / 11.5 + 9.5 / 10.5 + 7.5 / 9.5 + 9.5 / 11.5) / 4, 12);
  });

  it('scores a point alone in its group as 0', () => {
    const s = meanSilhouette(Float64Array.from([0, 0, 1, 0, 10, 0]), Float64Array.from([1, 1, 2]), Int32Array.from([0, 0, 1]), 2);
    expect(s).toBeCloseTo((9 / 10 + 8 / 9 + 0) / 3, 12);
  });
});
