import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

/**
 * Refuses a request whose address cannot be parsed (e.g. `Host: 99999999999`, which is not a valid IPv4
 * number): the server builds the request URL from the Host header, and everything after would fail on it.
 */
export const refuseUnparsableUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!URL.canParse(c.req.url)) throw new HttpError(400, 'bad_host');
  await next();
};
