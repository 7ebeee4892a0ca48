import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';
import { HttpError } from './errors.ts';

const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;
const bodylessMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads every form body once, before any route: a body that does not parse (a broken multipart boundary,
 * a truncated part) is the sender's mistake, answered 400 the same way for every route, never a 500.
 * Routes then read the parsed form from Hono's cache (`c.req.parseBody()` / `readForm`).
 */
export const readFormBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!bodylessMethods.has(c.req.method) && formTypes.test(c.req.header('content-type') ?? '')) {
    try {
      const body = await c.req.parseBody({ all: true });
      if (Object.entries(body).some(([name, value]) => name.includes('\0') || [value].flat().some(holdsNul))) throw new Error('NUL character in a form field');
    } catch (err) {
      if (isClientAbort(err, c.req.raw.signal)) c.var.deps.log.debug({ path: c.req.path }, 'request body aborted by the client');
      else c.var.deps.log.debug({ path: c.req.path, reason: err instanceof Error ? err.message : String(err) }, 'malformed form body');
      throw new HttpError(400, 'malformed_body');
    }
  }
  await next();
};

// No form field holds a NUL character (PostgreSQL refuses to store one); nor does a file name.
const holdsNul = (value: unknown): boolean => (typeof value === 'string' ? value.includes('\0') : value instanceof File && value.name.includes('\0'));

/** True when reading the body failed because the client went away (closed the socket mid-body). */
export function isClientAbort(err: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return true;
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  // Node's HTTP server says "aborted" (ECONNRESET) when the client's socket closes mid-body; a database
  // connection reset says "read ECONNRESET" and is not the client's doing.
  return (code === 'ECONNRESET' && err.message === 'aborted') || code === 'ERR_STREAM_PREMATURE_CLOSE' || err.name === 'AbortError';
}
