import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../platform/context.ts';
import { isResident } from '../../platform/session.ts';

const COOKIE = 'cocity_survey_pseudonym';
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** How register keys begin: an account's, or a browser pseudonym's. */
export const ACCOUNT_PREFIX = 'user:';
export const PSEUDONYM_PREFIX = 'pseudonym:';

/** The register key of a respondent with an account. */
export const accountRespondentKey = (userId: string) => `${ACCOUNT_PREFIX}${userId}`;

// Only a hash of the browser's token is stored: reading the database is not enough to answer as that browser.
const pseudonymKey = (token: string) => `${PSEUDONYM_PREFIX}${createHash('sha256').update(token).digest('hex')}`;

/**
 * Who answers: the signed-in resident, or — where the survey allows it — the browser's pseudonym
 * (created with `create`, an HttpOnly cookie holding 256 random bits, kept a year). Null when the
 * person must sign in first.
 */
export function respondentKey(c: Context<AppEnv>, pseudonymous: boolean, create = false): string | null {
  if (isResident(c.var.user)) return accountRespondentKey(c.var.user.id);
  if (!pseudonymous) return null;
  const token = getCookie(c, COOKIE);
  if (token && tokenShape.test(token)) return pseudonymKey(token);
  if (!create) return null;
  const fresh = randomBytes(32).toString('base64url');
  setCookie(c, COOKIE, fresh, { path: '/', httpOnly: true, sameSite: 'Lax', secure: c.var.deps.config.baseUrl.startsWith('https://'), maxAge: 60 * 60 * 24 * 365 });
  return pseudonymKey(fresh);
}
