import { describe, expect, it } from 'vitest';
import { seededRandom } from '../opinion/seeded-random.ts';
import { secureShuffle } from './shuffle.ts';

describe('secureShuffle', () => {
  it('returns a permutation of the items and leaves the input untouched', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const out = secureShuffle(input);
    expect(out).not.toBe(input);
    expect([...out].sort((a, b) => a - b)).toEqual(input);
    expect(input).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(secureShuffle([])).toEqual([]);
  });

  it('puts every item in every place about equally often', () => {
    // 3 items, 60 000 draws from a seeded source: each of the 9 (item, place) cells expects 20 000
    // (standard deviation about 115); a biased swap range or an off-by-one moves some cell by thousands.
    const random = seededRandom(2027);
    const below = (n: number) => Math.floor(random() * n);
    const counts = Array.from({ length: 3 }, () => [0, 0, 0]);
    for (let n = 0; n < 60_000; n++) secureShuffle([0, 1, 2], below).forEach((item, place) => counts[item][place]++);
    for (const row of counts) for (const c of row) expect(Math.abs(c - 20_000)).toBeLessThan(600);
  });
});
