import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { accountDelayMs } from './password-attempts.ts';
import { clearRateLimit, countHit, hitRateLimit, refundRateLimit, takeTurn, type RateRule } from './rate-limit.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const rule: RateRule = { name: 'test-rule', limit: 3, windowSeconds: 60 };
const minute = 60_000;
// A moment at the start of a fixed window, far from the others so tests do not share counters.
const at = (base: number, seconds: number) => base + seconds * 1000;

describe('sliding-window rate limits', () => {
  it('allows no more than the limit in any window, even across a fixed window boundary', async () => {
    const t0 = 1_000 * minute;
    const allowed: boolean[] = [];
    for (const s of [57, 58, 59, 61, 62, 63]) allowed.push((await hitRateLimit(ctx.deps.db, rule, 'boundary', at(t0, s))).allowed);
    // A fixed window would have allowed six hits in six seconds here.
    expect(allowed).toEqual([true, true, true, false, false, false]);
    // The previous window's hits fade out as the window slides: room again once one of them has left.
    expect((await hitRateLimit(ctx.deps.db, rule, 'boundary', at(t0, 80))).allowed).toBe(true);
  });

  it('does not count refused hits, so knocking on does not extend the wait, and says how long to wait', async () => {
    const t0 = 2_000 * minute;
    for (let s = 0; s < 3; s++) expect((await hitRateLimit(ctx.deps.db, rule, 'knock', at(t0, s))).allowed).toBe(true);
    let retryAfter = 0;
    for (let s = 5; s < 60; s += 5) {
      const refused = await hitRateLimit(ctx.deps.db, rule, 'knock', at(t0, s));
      expect(refused.allowed).toBe(false);
      retryAfter = refused.retryAfter;
      // The sliding counter takes the previous window's hits as spread over it: at most two windows' wait.
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(2 * rule.windowSeconds);
    }
    // Coming back when told is enough: the refused knocks did not push the time back.
    expect((await hitRateLimit(ctx.deps.db, rule, 'knock', at(t0, 55 + retryAfter))).allowed).toBe(true);
  });

  it('takes back refunded hits and forgets cleared keys', async () => {
    const t0 = 3_000 * minute;
    for (let s = 0; s < 3; s++) await hitRateLimit(ctx.deps.db, rule, 'refund', at(t0, s));
    await refundRateLimit(ctx.deps.db, rule, 'refund', at(t0, 3));
    expect((await hitRateLimit(ctx.deps.db, rule, 'refund', at(t0, 4))).allowed).toBe(true);
    expect((await hitRateLimit(ctx.deps.db, rule, 'refund', at(t0, 5))).allowed).toBe(false);
    await clearRateLimit(ctx.deps.db, rule, 'refund');
    expect((await hitRateLimit(ctx.deps.db, rule, 'refund', at(t0, 6))).allowed).toBe(true);
  });

  it('counts concurrent hits on one key exactly', async () => {
    const wide: RateRule = { name: 'test-concurrent', limit: 25, windowSeconds: 3600 };
    const t0 = 4_000 * minute;
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit(ctx.deps.db, wide, 'burst', t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(25);
  });

  it('slows a key down by turns instead of locking it: the delay grows with recent failures, capped', async () => {
    expect([0, 9, 10, 11, 12, 15, 16, 40].map(accountDelayMs)).toEqual([0, 0, 1_000, 2_000, 4_000, 32_000, 60_000, 60_000]);
    const slow: RateRule = { name: 'test-slow', limit: 10, windowSeconds: 3600 };
    const t0 = 5_000 * minute;
    for (let i = 0; i < 12; i++) await countHit(ctx.deps.db, slow, 'acct', t0);
    const pace = { delayMs: accountDelayMs, maxWaitMs: 5_000 };
    expect(await takeTurn(ctx.deps.db, slow, 'acct', pace, t0)).toEqual({ allowed: true, waitMs: 0 });
    // Twelve failures: the next turn is four seconds later — close enough to wait for it.
    expect(await takeTurn(ctx.deps.db, slow, 'acct', pace, at(t0, 1))).toEqual({ allowed: true, waitMs: 3_000 });
    // And the one after that, eight seconds later, is too far: come back.
    expect(await takeTurn(ctx.deps.db, slow, 'acct', pace, at(t0, 2))).toEqual({ allowed: false, retryAfter: 6 });
    expect(await takeTurn(ctx.deps.db, slow, 'acct', pace, at(t0, 9))).toEqual({ allowed: true, waitMs: 0 });
  });
});
