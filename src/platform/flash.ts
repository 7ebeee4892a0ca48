import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

const COOKIE = 'cocity_flash';

/** Remembers a message key to show once on the next page (after a redirect). */
export function setFlash(c: Context, key: string): void {
  setCookie(c, COOKIE, key, { path: '/', httpOnly: true, sameSite: 'Lax', maxAge: 60 });
}

/** Reads and clears the pending message key, if any. */
export function takeFlash(c: Context): string | null {
  const key = getCookie(c, COOKIE);
  if (!key) return null;
  deleteCookie(c, COOKIE, { path: '/' });
  return /^[a-zA-Z]+\.[\w.]+$/.test(key) ? key : null;
}
