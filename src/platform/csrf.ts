import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Same-origin check on every state-changing request, whatever its content type: a cross-site page can send
 * `Content-Type: application/json` or `text/plain` as easily as a form, so the type proves nothing.
 * A request passes when the browser says it came from this site (`Sec-Fetch-Site: same-origin`) or when its
 * `Origin` is the configured public address or the address the browser used (`Host`). Requests with
 * neither header are refused. The one exception is a machine client of the JSON API (`/api/v1/`, e.g. a sensor
 * platform posting with a device token) that sends neither a cookie nor an Origin: with no cookie there is no
 * session to ride, and a browser always sends an Origin on a cross-site POST.
 */
export function sameOriginOnly(baseUrl: string): MiddlewareHandler<AppEnv> {
  const ownOrigin = new URL(baseUrl).origin;
  return async (c, next) => {
    const machineClient = c.req.path.startsWith('/api/v1/') && !c.req.header('cookie') && c.req.header('origin') === undefined;
    if (!safeMethods.has(c.req.method) && !machineClient) {
      const origin = c.req.header('origin');
      const fromHere =
        c.req.header('sec-fetch-site') === 'same-origin' ||
        (origin !== undefined && (origin === ownOrigin || origin === `${new URL(c.req.url).protocol}//${c.req.header('host')}`));
      if (!fromHere) throw new HttpError(403, 'cross_origin');
    }
    await next();
  };
}
