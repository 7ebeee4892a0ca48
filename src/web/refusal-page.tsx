import type { Context } from 'hono';
import type { AppEnv } from '../platform/context.ts';
import type { Refusal } from '../platform/errors.ts';
import { renderError } from './error-page.tsx';
import { Layout, pageContext } from './layout.tsx';

// "Back" leads to the page the refused action came from, when the browser says so and it is ours.
function backHref(c: Context<AppEnv>): string | null {
  const referer = c.req.header('referer');
  const from = referer ? URL.parse(referer) : null;
  const here = new URL(c.req.url);
  if (!from || from.origin !== here.origin || from.pathname === here.pathname) return null;
  return from.pathname + from.search;
}

/** A refused action explained in words (supports closed, not the author...), with a way back; nothing was changed. */
export function renderRefusal(c: Context<AppEnv>, refusal: Refusal) {
  if (c.req.path.startsWith('/api/')) return renderError(c, refusal.status, refusal.code, refusal.fields);
  const ctx = pageContext(c);
  const { t } = ctx;
  const back = backHref(c);
  const next = back ?? (c.req.method === 'GET' ? c.req.path : '/');
  return c.html(
    <Layout ctx={ctx} title={t('refusal.title')}>
      <h1>{t('refusal.title')}</h1>
      <p role="alert">{t(refusal.messageKey, Object.fromEntries(Object.entries(refusal.paramKeys).map(([k, v]) => [k, t(v)])))}</p>
      {refusal.status === 401 && <p><a href={`/account/sign-in?next=${encodeURIComponent(refusal.remedy?.href ?? next)}`}>{t('layout.signIn')}</a></p>}
      {refusal.remedy && refusal.status !== 401 && <p><a href={refusal.remedy.href}>{t(refusal.remedy.labelKey)}</a></p>}
      {back && <p><a href={back}>{t('refusal.back')}</a></p>}
    </Layout>,
    refusal.status,
  );
}
