import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../../platform/context.ts';
import { isResident } from '../../platform/session.ts';

/** Who takes part: a signed-in resident, or a browser holding a random pseudonym (no personal data at all). */
export type Identity = { kind: 'user'; userId: string } | { kind: 'browser'; key: string };

const COOKIE = 'cocity_pseudonym';
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

// Only the hash is stored, so reading the database is not enough to vote as someone else.
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The identity of this request for a map: the account when signed in, else the browser pseudonym if the map allows it. */
export function currentIdentity(c: Context<AppEnv>, participation: string): Identity | null {
  if (isResident(c.var.user)) return { kind: 'user', userId: c.var.user.id };
  if (participation !== 'pseudonymous') return null;
  const token = getCookie(c, COOKIE);
  return token && tokenShape.test(token) ? { kind: 'browser', key: hashToken(token) } : null;
}

/** Like currentIdentity, but gives this browser a pseudonym (HttpOnly cookie, one year) when it has none yet. */
export function identityForWriting(c: Context<AppEnv>, participation: string): Identity | null {
  const found = currentIdentity(c, participation);
  if (found || participation !== 'pseudonymous') return found;
  const token = randomBytes(32).toString('base64url');
  setCookie(c, COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.baseUrl.startsWith('https://'),
    maxAge: 60 * 60 * 24 * 365,
  });
  return { kind: 'browser', key: hashToken(token) };
}
