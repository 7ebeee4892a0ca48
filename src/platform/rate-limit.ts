import type { Context } from 'hono';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

export { clientAddress } from './client-address.ts';

/** At most `limit` counted hits per key in any `windowSeconds` (a sliding window). */
export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until one more hit would be allowed (when refused). */
  retryAfter: number;
}

/** A counter as it stands at some moment: hits in the current fixed window and in the one just before. */
interface Counter {
  current: number;
  previous: number;
  notBefore: number;
}

/**
 * Counts one hit for `key` when the rule allows it, and says whether it did. Refused hits are not counted,
 * so a client that keeps knocking regains its allowance as the window slides instead of staying locked out.
 * The window slides: the previous fixed window's hits count in proportion to how much of it is still
 * inside the last `windowSeconds` (the "sliding window counter"). Kept in the database so every instance shares it.
 */
export async function hitRateLimit(db: Kysely<Database>, rule: RateRule, key: string, now = Date.now()): Promise<RateDecision> {
  return updateCounter<RateDecision>(db, rule, key, now, (counter, clock) => {
    const used = clock.recent(counter);
    if (used + 1 <= rule.limit) return { next: { ...counter, current: counter.current + 1 }, result: { allowed: true, retryAfter: 0 } };
    return { next: counter, result: { allowed: false, retryAfter: Math.max(1, Math.ceil(clock.msUntilRoom(counter, rule.limit) / 1000)) } };
  });
}

/** Counts one hit whatever the count (for counters that slow down rather than refuse, e.g. failed passwords). */
export async function countHit(db: Kysely<Database>, rule: RateRule, key: string, now = Date.now()): Promise<void> {
  await updateCounter(db, rule, key, now, (counter) => ({ next: { ...counter, current: counter.current + 1 }, result: undefined }));
}

/** Gives back one counted hit (an attempt that turned out not to count, e.g. a sign-in that succeeded). */
export async function refundRateLimit(db: Kysely<Database>, rule: RateRule, key: string, now = Date.now()): Promise<void> {
  await updateCounter(db, rule, key, now, (counter) => ({
    next: counter.current > 0 ? { ...counter, current: counter.current - 1 } : { ...counter, previous: Math.max(0, counter.previous - 1) },
    result: undefined,
  }));
}

/** Forgets a key's count (e.g. a successful sign-in clears that account and address's failures). */
export async function clearRateLimit(db: Kysely<Database>, rule: RateRule, key: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('key', '=', `${rule.name}:${key}`).execute();
}

export type Turn = { allowed: true; waitMs: number } | { allowed: false; retryAfter: number };

/**
 * Takes the next turn of a key that is slowed down rather than locked: turns are `delayMs(recent hits)` apart.
 * Resolves with how long to wait for the turn, or refuses when the turn is more than `maxWaitMs` away.
 */
export async function takeTurn(
  db: Kysely<Database>,
  rule: RateRule,
  key: string,
  pace: { delayMs: (recentHits: number) => number; maxWaitMs: number },
  now = Date.now(),
): Promise<Turn> {
  return updateCounter<Turn>(db, rule, key, now, (counter, clock) => {
    const turn = Math.max(now, counter.notBefore);
    if (turn - now > pace.maxWaitMs) return { next: counter, result: { allowed: false as const, retryAfter: Math.ceil((turn - now) / 1000) } };
    return { next: { ...counter, notBefore: turn + pace.delayMs(Math.floor(clock.recent(counter))) }, result: { allowed: true as const, waitMs: turn - now } };
  });
}

/** Throws a 429 (with Retry-After) when the key went over the rule's limit. */
export async function enforceRateLimit(c: Context<AppEnv>, rule: RateRule, key: string): Promise<void> {
  const { allowed, retryAfter } = await hitRateLimit(c.var.deps.db, rule, key);
  if (!allowed) {
    c.header('Retry-After', String(retryAfter));
    throw new HttpError(429, 'rate_limited');
  }
}

/** How a rule's fixed windows sit around `now`. */
function windowClock(rule: RateRule, now: number) {
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  const previousWeight = (at: number) => Math.max(0, 1 - (at - start) / windowMs);
  return {
    start,
    windowMs,
    /** Hits inside the sliding window ending now. */
    recent: (c: Counter) => c.previous * previousWeight(now) + c.current,
    /** Milliseconds until one more hit fits under `limit`. */
    msUntilRoom(c: Counter, limit: number): number {
      const room = limit - 1;
      if (c.current <= room) return c.previous === 0 ? 0 : Math.max(0, start + windowMs * (1 - (room - c.current) / c.previous) - now);
      return start + windowMs + windowMs * (1 - room / c.current) - now; // once this window has become the previous one
    },
  };
}

// Rows older than this are no use to any rule (windows are at most a few hours): purged, since keys hold addresses and emails.
const keepRowsMs = 24 * 3600 * 1000;
let lastPurge = 0;

async function updateCounter<T>(
  db: Kysely<Database>,
  rule: RateRule,
  name: string,
  now: number,
  decide: (counter: Counter, clock: ReturnType<typeof windowClock>) => { next: Counter; result: T },
): Promise<T> {
  const key = `${rule.name}:${name}`;
  const clock = windowClock(rule, now);
  const run = async (trx: Kysely<Database>) => {
    // An upsert that changes nothing: it creates the row and locks it until commit (a row lock on PostgreSQL,
    // the write lock on SQLite), so concurrent requests on one key take turns and none is lost.
    await trx
      .insertInto('rate_limit')
      .values({ key, window_start: clock.start, hits: 0, previous_hits: 0, not_before: 0 })
      .onConflict((oc) => oc.column('key').doUpdateSet({ hits: sql`rate_limit.hits` }))
      .execute();
    const row = await trx.selectFrom('rate_limit').select(['window_start', 'hits', 'previous_hits', 'not_before']).where('key', '=', key).executeTakeFirstOrThrow();
    const ws = Number(row.window_start);
    const counter: Counter =
      ws >= clock.start
        ? { current: row.hits, previous: row.previous_hits, notBefore: Number(row.not_before) }
        : { current: 0, previous: ws === clock.start - clock.windowMs ? row.hits : 0, notBefore: Number(row.not_before) };
    const { next, result } = decide(counter, clock);
    await trx
      .updateTable('rate_limit')
      .set({ window_start: Math.max(ws, clock.start), hits: next.current, previous_hits: next.previous, not_before: next.notBefore })
      .where('key', '=', key)
      .execute();
    return result;
  };
  const result = db.isTransaction ? await run(db) : await db.transaction().execute(run);
  if (now - lastPurge > 10 * 60 * 1000) {
    lastPurge = now;
    await db.deleteFrom('rate_limit').where('window_start', '<', now - keepRowsMs).where('not_before', '<', now).execute();
  }
  return result;
}

export const signUpRules = {
  perIp: { name: 'signup-ip', limit: 10, windowSeconds: 3600 },
  perAccount: { name: 'signup-account', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;
