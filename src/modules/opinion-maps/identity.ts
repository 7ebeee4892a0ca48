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

/** A pseudonym drawn for a browser that has none: nothing is stored or sent until its first vote is saved. */
export interface NewPseudonym {
  identity: Identity & { kind: 'browser' };
  token: string;
}

/** Draws a pseudonym for a browser without one (only on maps that accept pseudonyms). */
export function drawPseudonym(participation: string): NewPseudonym | null {
  if (participation !== 'pseudonymous') return null;
  const token = randomBytes(32).toString('base64url');
  return { identity: { kind: 'browser', key: hashToken(token) }, token };
}

/** Gives the browser its pseudonym (HttpOnly cookie, one year), once its first vote is saved. */
export function keepPseudonym(c: Context<AppEnv>, pseudonym: NewPseudonym): void {
  setCookie(c, COOKIE, pseudonym.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.var.deps.config.baseUrl.startsWith('https://'),
    maxAge: 60 * 60 * 24 * 365,
  });
}
