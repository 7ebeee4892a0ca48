import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

/**
 * Refuses a request whose address cannot be parsed (e.g. `Host: 99999999999`, which is not a valid IPv4
 * number: the server builds the request URL from the Host header, and everything after would fail on it),
 * or that carries an encoded NUL character.
 */
export const refuseUnparsableUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!URL.canParse(c.req.url)) throw new HttpError(400, 'bad_host');
  // No page or parameter holds a NUL character, and PostgreSQL refuses to store or compare one.
  if (/%00/.test(c.req.url)) throw new HttpError(400, 'bad_request');
  await next();
};
