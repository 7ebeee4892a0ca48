import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { clientAddress, enforceRateLimit, type RateRule } from '../../platform/rate-limit.ts';

/** Limits for the account pages that send mail: a stranger must not be able to flood someone's inbox. */
export const mailRequestRules = {
  perIp: { name: 'account-mail-ip', limit: 10, windowSeconds: 3600 },
  perAccount: { name: 'account-mail-account', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;

/**
 * Counts one attempt for the caller's address and for the email address it targets.
 * Returns the whole minutes to wait when either is over its limit, else null.
 */
export async function minutesToWait(c: Context<AppEnv>, rules: { perIp: RateRule; perAccount: RateRule }, email: string): Promise<number | null> {
  try {
    await enforceRateLimit(c, rules.perIp, clientAddress(c));
    if (email) await enforceRateLimit(c, rules.perAccount, email.trim().toLowerCase());
    return null;
  } catch (err) {
    if (!(err instanceof HttpError) || err.status !== 429) throw err;
    // enforceRateLimit already set Retry-After (seconds) on the response.
    const seconds = Number(c.res.headers.get('Retry-After') ?? '60');
    return Math.max(1, Math.ceil(seconds / 60));
  }
}
