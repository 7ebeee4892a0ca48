import type { Context } from 'hono';
import type { AppEnv } from '../platform/context.ts';
import { translator } from '../platform/i18n/index.ts';
import { Layout, type PageContext } from './layout.tsx';

const known = new Set([400, 401, 403, 404, 413, 429, 500, 503]);

/** Renders an error as a page (HTML) or as `{ error: { code, message, fields } }` for the API. */
export function renderError(c: Context<AppEnv>, status: number, code: string, fields: Record<string, string> = {}) {
  const locale = c.get('locale') ?? c.get('deps')?.config.defaultLocale ?? 'fr';
  const t = c.get('t') ?? translator(locale);
  const messageKey = `error.${known.has(status) ? status : status >= 500 ? 500 : 400}`;
  const codeKey = `error.code.${code}`;
  const explained = t(codeKey) !== codeKey;
  if (c.req.path.startsWith('/api/') || c.req.path === '/healthz') {
    return c.json({ error: { code, message: explained ? t(codeKey) : t(messageKey), fields } }, status as 400);
  }
  const registry = c.get('deps')?.modules;
  const ctx: PageContext = { t, locale, user: c.get('user') ?? null, path: c.req.path, flash: null, navigation: registry?.navigation, footer: registry?.footer, city: c.get('city') };
  return c.html(
    <Layout ctx={ctx} title={`${t('error.title')} ${status}`}>
      <h1>{`${t('error.title')} ${status}`}</h1>
      <p>{t(messageKey)}</p>
      {/* A refusal with its own explanation in the catalog (e.g. error.code.blocked) says it too. */}
      {explained && <p>{t(codeKey)}</p>}
      {status === 401 && <p><a href={`/account/sign-in?next=${encodeURIComponent(c.req.path)}`}>{t('layout.signIn')}</a></p>}
      <p><a href="/">{t('error.back')}</a></p>
    </Layout>,
    status as 400,
  );
}
