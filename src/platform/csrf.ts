import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Same-origin check on every state-changing request, whatever its content type: a cross-site page can send
 * `Content-Type: application/json` or `text/plain` as easily as a form, so the type proves nothing.
 * A request passes when the browser says it came from this site (`Sec-Fetch-Site: same-origin`) or when its
 * `Origin` is the configured public address or the address the browser used (`Host`). Requests with
 * neither header are refused; an API client with a token of its own would be the one exception, and there is none.
 */
export function sameOriginOnly(baseUrl: string): MiddlewareHandler<AppEnv> {
  const ownOrigin = new URL(baseUrl).origin;
  return async (c, next) => {
    if (!safeMethods.has(c.req.method)) {
      const origin = c.req.header('origin');
      const fromHere =
        c.req.header('sec-fetch-site') === 'same-origin' ||
        (origin !== undefined && (origin === ownOrigin || origin === `${new URL(c.req.url).protocol}//${c.req.header('host')}`));
      if (!fromHere) throw new HttpError(403, 'cross_origin');
    }
    await next();
  };
}
