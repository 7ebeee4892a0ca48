import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { locales, type Locale } from '../config.ts';
import type { AppEnv } from './context.ts';
import { translator } from './i18n/index.ts';

const isLocale = (v: unknown): v is Locale => locales.includes(v as Locale);

/** Picks the page language: `?lang=` (remembered in a cookie), then the cookie, then the configured default. */
export const chooseLocale: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.query('lang');
  let locale: Locale = c.var.deps.config.defaultLocale;
  if (isLocale(asked)) {
    locale = asked;
    setCookie(c, 'cocity_lang', asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  } else {
    const saved = getCookie(c, 'cocity_lang');
    if (isLocale(saved)) locale = saved;
  }
  c.set('locale', locale);
  c.set('t', translator(locale));
  await next();
};
