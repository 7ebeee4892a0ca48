import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { clientAddress } from './client-address.ts';
import type { AppEnv } from './context.ts';
import { clearRateLimit, countHit, hitRateLimit, refundRateLimit, takeTurn, type RateRule } from './rate-limit.ts';

/**
 * Limits on password checks (sign-in, and the password asked again before deleting an account or changing
 * the password). Only wrong passwords count, in sliding windows:
 * - per account and address: 10 wrong passwords in 15 minutes, then that address waits (the owner elsewhere does not);
 * - per address: 100 wrong passwords in 15 minutes over all accounts (a school or library network signing
 *   in correctly never gets there);
 * - per account from everywhere: no lock, a slowdown — past 10 wrong passwords in an hour, attempts on the
 *   account take turns 1 s apart, doubling with each further failure up to 60 s (at most about 75 guesses an hour).
 * A right password clears its account-and-address failures.
 */
export const signInRules = {
  perPair: { name: 'signin-pair', limit: 10, windowSeconds: 900 },
  perIp: { name: 'signin-ip', limit: 100, windowSeconds: 900 },
  perAccount: { name: 'signin-account', limit: 10, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;

export const accountSlowdown = {
  /** Longest pause between two attempts on one account. */
  maxDelayMs: 60_000,
  /** Longest the server holds a request until its turn; further away, the person is asked to come back. */
  maxWaitMs: 5_000,
};

/** What the password check found: right, wrong, or not checked at all (another field was refused first). */
export type PasswordOutcome = 'right' | 'wrong' | 'unchecked';

export type PasswordAttempt = { allowed: false; retryAfter: number } | { allowed: true; finish(outcome: PasswordOutcome): Promise<void> };

/** Pause before the next attempt on an account with `failures` recent wrong passwords. */
export function accountDelayMs(failures: number): number {
  const over = failures - signInRules.perAccount.limit;
  return over < 0 ? 0 : Math.min(1000 * 2 ** over, accountSlowdown.maxDelayMs);
}

/**
 * Reserves one password check for `email` from the caller's address (waiting for the account's turn when
 * it is slowed down). Call `finish` with the outcome once the password was checked.
 */
export async function beginPasswordAttempt(c: Context<AppEnv>, email: string): Promise<PasswordAttempt> {
  const db = c.var.deps.db;
  const account = email.trim().toLowerCase();
  const address = clientAddress(c);
  const pair = `${account}|${address}`;
  const refuse = (retryAfter: number): PasswordAttempt => {
    c.header('Retry-After', String(retryAfter));
    return { allowed: false, retryAfter };
  };
  const byPair = await hitRateLimit(db, signInRules.perPair, pair);
  if (!byPair.allowed) return refuse(byPair.retryAfter);
  const byAddress = await hitRateLimit(db, signInRules.perIp, address);
  if (!byAddress.allowed) {
    await refundRateLimit(db, signInRules.perPair, pair);
    return refuse(byAddress.retryAfter);
  }
  const turn = await takeTurn(db, signInRules.perAccount, account, { delayMs: accountDelayMs, maxWaitMs: accountSlowdown.maxWaitMs });
  if (!turn.allowed) {
    await refundRateLimit(db, signInRules.perPair, pair);
    await refundRateLimit(db, signInRules.perIp, address);
    return refuse(turn.retryAfter);
  }
  if (turn.waitMs > 0) await new Promise((resolve) => setTimeout(resolve, turn.waitMs));
  return {
    allowed: true,
    async finish(outcome) {
      if (outcome === 'wrong') return countHit(db, signInRules.perAccount, account);
      if (outcome === 'right') await clearRateLimit(db, signInRules.perPair, pair);
      else await refundRateLimit(db, signInRules.perPair, pair);
      await refundRateLimit(db, signInRules.perIp, address);
    },
  };
}

/** Deletes an account's password-attempt counters (when the account is deleted: they hold its email). */
export async function forgetPasswordAttempts(db: Kysely<Database>, email: string): Promise<void> {
  const account = email.trim().toLowerCase();
  const pairPrefix = `${signInRules.perPair.name}:${account}|`;
  await db
    .deleteFrom('rate_limit')
    .where((eb) => eb.or([eb('key', '=', `${signInRules.perAccount.name}:${account}`), eb(eb.fn('substr', ['key', eb.lit(1), eb.lit(pairPrefix.length)]), '=', pairPrefix)]))
    .execute();
}
