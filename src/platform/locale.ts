import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { locales, type Locale } from '../config.ts';
import type { AppEnv } from './context.ts';
import { translator } from './i18n/index.ts';

const isLocale = (v: unknown): v is Locale => locales.includes(v as Locale);

/**
 * The first of cocity's languages a browser's Accept-Language asks for, by preference (`q`), or null when it
 * asks for none of them (`de, *`). `fr-CA` counts as French, `en-GB` as English; `q=0` means "not this one".
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | null {
  if (!header) return null;
  // A header of a few hundred characters names every language a browser offers; more is not a browser.
  const ranked = header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((p) => p.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { language: tag.toLowerCase().split('-')[0], weight: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.find((r) => isLocale(r.language))?.language as Locale | undefined ?? null;
}

/**
 * Picks the page language: `?lang=` (remembered in a cookie), then that cookie, then — on a first visit —
 * the browser's Accept-Language, then the configured default.
 */
export const chooseLocale: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.query('lang');
  let locale: Locale;
  if (isLocale(asked)) {
    locale = asked;
    setCookie(c, 'cocity_lang', asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  } else {
    const saved = getCookie(c, 'cocity_lang');
    locale = isLocale(saved) ? saved : (localeFromAcceptLanguage(c.req.header('accept-language')) ?? c.var.deps.config.defaultLocale);
  }
  c.set('locale', locale);
  c.set('t', translator(locale));
  await next();
  // The same address answers in the browser's language: a shared cache must keep one copy per language.
  c.res.headers.append('Vary', 'Accept-Language');
};
