import type { Context } from 'hono';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

export { clientAddress } from './client-address.ts';

export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit for `key` in a fixed window and says whether it is over the limit.
 * Kept in the database so several app instances share the count.
 */
export async function hitRateLimit(db: Kysely<Database>, rule: RateRule, key: string, now = Date.now()): Promise<{ allowed: boolean; retryAfter: number }> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const row = await db
    .insertInto('rate_limit')
    .values({ key: `${rule.name}:${key}`, window_start: windowStart, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql`case when rate_limit.window_start = ${windowStart} then rate_limit.hits + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return { allowed: Number(row.hits) <= rule.limit, retryAfter: Math.ceil((windowStart + windowMs - now) / 1000) };
}

/** Throws a 429 when the key went over the rule's limit. */
export async function enforceRateLimit(c: Context<AppEnv>, rule: RateRule, key: string): Promise<void> {
  const { allowed, retryAfter } = await hitRateLimit(c.var.deps.db, rule, key);
  if (!allowed) {
    c.header('Retry-After', String(retryAfter));
    throw new HttpError(429, 'rate_limited');
  }
}


export const signInRules = {
  perIp: { name: 'signin-ip', limit: 20, windowSeconds: 600 },
  perAccount: { name: 'signin-account', limit: 8, windowSeconds: 600 },
} satisfies Record<string, RateRule>;

export const signUpRules = {
  perIp: { name: 'signup-ip', limit: 10, windowSeconds: 3600 },
  perAccount: { name: 'signup-account', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;
