import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { mountModules } from './modules/index.ts';
import type { AppDeps, AppEnv } from './platform/context.ts';
import { sameOriginOnly } from './platform/csrf.ts';
import { HttpError, Refusal } from './platform/errors.ts';
import { loadCityIdentity } from './platform/city.ts';
import { chooseLocale } from './platform/locale.ts';
import { isClientAbort, readFormBody } from './platform/request-body.ts';
import { refuseUnparsableUrl } from './platform/request-target.ts';
import { loadSession } from './platform/session.ts';
import { renderError } from './web/error-page.tsx';
import { renderRefusal } from './web/refusal-page.tsx';
import { mountSecurityTxt } from './web/security-txt.ts';

const stylesheet = readFileSync(new URL('./web/style.css', import.meta.url), 'utf8');
const favicon = readFileSync(new URL('./web/favicon.svg', import.meta.url), 'utf8');
export const MAX_BODY_BYTES = 3 * 1024 * 1024;
/** A multipart form carries files: three 2 MB images and a 5 MB PDF (src/modules/attachments/limits.ts) with room for the text. */
export const MAX_MULTIPART_BODY_BYTES = 12 * 1024 * 1024;
const tooLarge = (c: Parameters<typeof renderError>[0]) => renderError(c, 413, 'payload_too_large');
const formBodyLimit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => tooLarge(c as never) });
const multipartBodyLimit = bodyLimit({ maxSize: MAX_MULTIPART_BODY_BYTES, onError: (c) => tooLarge(c as never) });

/** Builds the whole web application: security middleware, language, session, then every module. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use(async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'same-origin',
    }),
  );
  app.use(chooseLocale);
  app.use(refuseUnparsableUrl);
  app.use((c, next) => (/^multipart\/form-data/i.test(c.req.header('content-type') ?? '') ? multipartBodyLimit : formBodyLimit)(c, next));
  app.use(sameOriginOnly(deps.config.baseUrl));
  app.use(readFormBody);
  app.use(loadSession);
  app.use(loadCityIdentity);

  app.get('/static/style.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  // Served by us like the stylesheet (no third-party request, no inline data); browsers that ask for
  // /favicon.ico without reading the page's <link> get the same icon.
  app.get('/static/favicon.svg', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(favicon, 200, { 'Content-Type': 'image/svg+xml' });
  });
  app.get('/favicon.ico', (c) => c.redirect('/static/favicon.svg', 301));
  app.get('/healthz', async (c) => {
    try {
      await sql`select 1`.execute(deps.db);
      return c.json({ status: 'ok', db: deps.dialect });
    } catch {
      return c.json({ status: 'unavailable', db: deps.dialect }, 503);
    }
  });

  mountSecurityTxt(app, deps.config);
  mountModules(app, deps.modules);

  app.notFound((c) => renderError(c, 404, 'not_found'));
  app.onError((err, c) => {
    if (err instanceof Refusal) return renderRefusal(c, err);
    if (err instanceof HttpError) return renderError(c, err.status, err.code, err.fields);
    if (err instanceof HTTPException) {
      const status = err.status;
      return status >= 500 ? err.getResponse() : renderError(c, status, status === 403 ? 'forbidden' : 'bad_request');
    }
    // A client that hangs up mid-body is routine on the Internet, not a server error worth a log line each.
    if (isClientAbort(err)) {
      deps.log.debug({ path: c.req.path }, 'request body aborted by the client');
      return renderError(c, 400, 'malformed_body');
    }
    if (isDatabaseUnavailable(err)) {
      deps.log.warn({ path: c.req.path, reason: err instanceof Error ? err.message : String(err) }, 'database unavailable');
      c.header('Retry-After', '5');
      return renderError(c, 503, 'database_unavailable');
    }
    deps.log.error({ err, path: c.req.path }, 'unhandled error');
    return renderError(c, 500, 'internal_error');
  });
  return app;
}
