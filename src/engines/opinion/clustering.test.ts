import { describe, expect, it } from 'vitest';
import { candidateGroupCounts, clusterPoints, hasNoTinyGroup, nextGroupCount } from './clustering.ts';
import { seededRandom } from './seeded-random.ts';

/** n points (or sizes[c] points) around each centre, Gaussian-ish noise from a seeded PRNG. */
function blobs(centres: [number, number][], n: number | number[], seed: number): Float64Array {
  const random = seededRandom(seed);
  const noise = () => (random() + random() + random() - 1.5) * 0.6;
  const out: number[] = [];
  centres.forEach(([x, y], c) => {
    for (let i = 0; i < (typeof n === 'number' ? n : n[c]); i++) out.push(x + noise(), y + noise());
  });
  return Float64Array.from(out);
}

describe('group counts', () => {
  it('tries k = 2 … min(5, 2 + floor(n_base / 12))', () => {
    expect(candidateGroupCounts(100)).toEqual([2, 3, 4, 5]);
    expect(candidateGroupCounts(24)).toEqual([2, 3, 4]);
    expect(candidateGroupCounts(11)).toEqual([2]);
    expect(candidateGroupCounts(1)).toEqual([]);
  });

  it('keeps the previous k until a new best wins four updates in a row', () => {
    let h = nextGroupCount(undefined, 3, [2, 3, 4]);
    expect(h.k).toBe(3);
    const ks: number[] = [];
    for (const best of [2, 2, 4, 2, 2, 2, 2]) {
      h = nextGroupCount(h, best, [2, 3, 4]);
      ks.push(h.k);
    }
    expect(ks).toEqual([3, 3, 3, 3, 3, 3, 2]);
  });

  it('calls a group tiny when it is one base cluster or holds under a tenth of the participants', () => {
    const sizes = Float64Array.from([40, 40, 10, 10, 5, 5]); // 110 participants in six base clusters
    expect(hasNoTinyGroup(sizes, Int32Array.from([0, 0, 1, 1, 1, 1]), 2)).toBe(true);
    expect(hasNoTinyGroup(sizes, Int32Array.from([0, 1, 2, 2, 0, 1]), 3)).toBe(true); // 45, 45, 20
    expect(hasNoTinyGroup(sizes, Int32Array.from([0, 1, 1, 1, 1, 2]), 3)).toBe(false); // group 0 is one base cluster
    expect(hasNoTinyGroup(sizes, Int32Array.from([0, 0, 1, 1, 2, 2]), 3)).toBe(false); // group 2: 10 of 110
  });

  it('drops a previous k that is no longer allowed', () => {
    expect(nextGroupCount({ k: 5, challenger: 5, streak: 0 }, 2, [2]).k).toBe(2);
  });
});

describe('clusterPoints', () => {
  it('finds three well separated opinion groups', () => {
    const points = blobs([[0, 0], [8, 0], [4, 7]], 200, 1);
    const c = clusterPoints(points, 1);
    expect(c.k).toBe(3);
    expect(c.base.sizes.length).toBe(100);
    const groupOf = (i: number) => c.groupOfBase[c.baseOf[i]];
    for (const start of [0, 200, 400]) {
      for (let i = start; i < start + 200; i++) expect(groupOf(i)).toBe(groupOf(start));
    }
    expect(new Set([groupOf(0), groupOf(200), groupOf(400)]).size).toBe(3);
  });

  it('never picks a k with a near-empty group, even when its silhouette is best', () => {
    // Ten far-off points out of 410: a third group of them has the best silhouette (0.93 against 0.84).
    const outliers = clusterPoints(blobs([[0, 0], [8, 0], [4, 12]], [200, 200, 10], 5), 1);
    expect(outliers.silhouetteByK.get(3)!).toBeGreaterThan(outliers.silhouetteByK.get(2)!);
    expect(outliers.k).toBe(2);
    // Sixty of 460 (13 %) are a real minority and keep their own group.
    expect(clusterPoints(blobs([[0, 0], [8, 0], [4, 12]], [200, 200, 60], 5), 1).k).toBe(3);
  });

  it('is deterministic and carries its k history in the state', () => {
    const points = blobs([[0, 0], [6, 0]], 150, 2);
    const a = clusterPoints(points, 4);
    const b = clusterPoints(points, 4);
    expect(Array.from(a.baseOf)).toEqual(Array.from(b.baseOf));
    expect(a.state.history.k).toBe(2);
    const again = clusterPoints(blobs([[0, 0], [6, 0], [3, 6]], 150, 3), 4, a.state);
    expect(again.k).toBe(2); // three groups now, but one update is not enough to switch
    expect(again.state.history).toEqual({ k: 2, challenger: 3, streak: 1 });
  });

  it('copes with fewer distinct points than base clusters', () => {
    const c = clusterPoints(Float64Array.from([0, 0, 0, 0, 5, 5, 5, 5]), 1);
    expect(c.base.sizes.length).toBe(2);
    expect(c.k).toBe(2);
  });
});
