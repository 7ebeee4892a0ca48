import { describe, expect, it } from 'vitest';
import { cachedCompass, compassChanged } from './compass-cache.ts';

describe('the compass cache', () => {
  it('serves a fresh copy, computes once for simultaneous requests, and forgets on a change or after a minute', async () => {
    compassChanged();
    let computed = 0;
    const compute = async () => {
      computed += 1;
      await new Promise((r) => setTimeout(r, 5));
      return computed;
    };
    const [a, b] = await Promise.all([cachedCompass('k', compute, 1000), cachedCompass('k', compute, 1000)]);
    expect([a, b, computed]).toEqual([1, 1, 1]);
    expect(await cachedCompass('k', compute, 60_900)).toBe(1);
    expect(await cachedCompass('k', compute, 61_100)).toBe(2);
    compassChanged();
    expect(await cachedCompass('k', compute, 61_100)).toBe(3);
  });
});
