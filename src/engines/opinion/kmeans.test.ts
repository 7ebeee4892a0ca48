import { describe, expect, it } from 'vitest';
import { dropEmptyClusters, kMeans, seedCentres } from './kmeans.ts';
import { seededRandom } from './seeded-random.ts';

const points = Float64Array.from([0, 0, 0, 1, 1, 0, 10, 10, 10, 11, 11, 10]);

describe('kMeans', () => {
  it('separates two obvious clusters and puts centres at the means', () => {
    const r = kMeans(points, null, Float64Array.from([0, 0, 1, 0]));
    expect(Array.from(r.assignment)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(r.centres[0]).toBeCloseTo(1 / 3, 12);
    expect(r.centres[2]).toBeCloseTo(31 / 3, 12);
    expect(Array.from(r.sizes)).toEqual([3, 3]);
    // inertia: each cluster has squared distances 2/9 + 5/9 + 5/9 = 4/3
    expect(r.inertia).toBeCloseTo(8 / 3, 12);
  });

  it('weights pull the centre', () => {
    const r = kMeans(Float64Array.from([0, 0, 4, 0]), Float64Array.from([3, 1]), Float64Array.from([1, 0]));
    expect(r.centres[0]).toBeCloseTo(1, 12);
    expect(r.sizes[0]).toBe(4);
  });

  it('gives the same assignment as a plain nearest-centre scan at convergence (bounds are safe)', () => {
    const random = seededRandom(5);
    const many = new Float64Array(4000).map(() => random() * 10);
    const r = kMeans(many, null, seedCentres(many, null, 20, random));
    for (let i = 0; i < many.length / 2; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < 20; c++) {
        const d = (many[2 * i] - r.centres[2 * c]) ** 2 + (many[2 * i + 1] - r.centres[2 * c + 1]) ** 2;
        if (d < bestD - 1e-12) [best, bestD] = [c, d];
      }
      expect(r.assignment[i]).toBe(best);
    }
  });

  it('drops clusters left empty and renumbers', () => {
    const r = dropEmptyClusters(kMeans(Float64Array.from([0, 0, 0, 0.1]), null, Float64Array.from([0, 0, 50, 50, 0, 0.1])));
    expect(r.sizes.length).toBe(2);
    expect(Array.from(r.assignment)).toEqual([0, 1]);
  });
});

describe('seedCentres', () => {
  it('returns fewer centres than asked when points coincide', () => {
    const c = seedCentres(Float64Array.from([1, 1, 1, 1, 2, 2]), null, 5, seededRandom(1));
    expect(c.length).toBe(4);
  });

  it('continues from warm-start centres', () => {
    const c = seedCentres(points, null, 2, seededRandom(1), Float64Array.from([10, 10]));
    expect(Array.from(c.subarray(0, 2))).toEqual([10, 10]);
    expect(c[2]).toBeLessThan(2); // the second centre lands in the far cluster
  });
});
