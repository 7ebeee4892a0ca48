import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { clientAddress, hitRateLimit, refundRateLimit, type RateRule } from '../../platform/rate-limit.ts';

/** Limits for the account pages that send mail: a stranger must not be able to flood someone's inbox. */
export const mailRequestRules = {
  perIp: { name: 'account-mail-ip', limit: 10, windowSeconds: 3600 },
  perAccount: { name: 'account-mail-account', limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;

/** Whole minutes to announce for a wait given in seconds (at least one). */
export const minutesFor = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));

/**
 * Counts one attempt for the caller's address and for the email address it targets.
 * Returns the whole minutes to wait when either is over its limit (and counts nothing), else null.
 */
export async function minutesToWait(c: Context<AppEnv>, rules: { perIp: RateRule; perAccount: RateRule }, email: string): Promise<number | null> {
  const db = c.var.deps.db;
  const address = clientAddress(c);
  const refuse = (retryAfter: number) => {
    c.header('Retry-After', String(retryAfter));
    return minutesFor(retryAfter);
  };
  const byAddress = await hitRateLimit(db, rules.perIp, address);
  if (!byAddress.allowed) return refuse(byAddress.retryAfter);
  if (!email) return null;
  const byAccount = await hitRateLimit(db, rules.perAccount, email.trim().toLowerCase());
  if (byAccount.allowed) return null;
  await refundRateLimit(db, rules.perIp, address);
  return refuse(byAccount.retryAfter);
}
