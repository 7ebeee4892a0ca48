import type { Context } from 'hono';

/** Copies the Set-Cookie headers better-auth produced onto our own response (before we redirect). */
export function forwardAuthCookies(c: Context, headers: Headers | null | undefined): void {
  if (!headers) return;
  for (const value of headers.getSetCookie()) c.header('Set-Cookie', value, { append: true });
}
