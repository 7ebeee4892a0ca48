import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Locale } from '../config.ts';
import type { CityIdentity } from '../platform/city.ts';
import type { AppEnv, CurrentUser, NavigationLink } from '../platform/context.ts';
import { takeFlash } from '../platform/flash.ts';
import type { Translate } from '../platform/i18n/index.ts';
import { safeLocalPath } from '../platform/safe-path.ts';
import { PostButton } from './post-button.tsx';

/** What every page needs from the request: language, translator, who is signed in, where we are. */
export interface PageContext {
  t: Translate;
  locale: Locale;
  user: CurrentUser | null;
  path: string;
  flash: string | null;
  /** The installed modules' navigation links (absent in pages rendered outside a request, such as tests of a view). */
  navigation?: readonly NavigationLink[];
  /** The installed modules' footer links (the legal pages). */
  footer?: readonly NavigationLink[];
  /** The city's name and logo, as its admins set them. */
  city?: CityIdentity;
}

/** The platform's name as the city set it, or "cocity". */
export const platformName = (ctx: Pick<PageContext, 't' | 'city'>): string => ctx.city?.name ?? ctx.t('app.name');

const seesLink = (user: CurrentUser | null, link: NavigationLink): boolean =>
  link.audience === 'everyone' || user?.role === 'admin' || (link.audience === 'moderators' && user?.role === 'moderator');

/** Builds the page context from a request (reads and clears the flash message). */
export function pageContext(c: Context<AppEnv>): PageContext {
  return { t: c.var.t, locale: c.var.locale, user: c.var.user, path: currentPagePath(c), flash: takeFlash(c), navigation: c.var.deps.modules.navigation, footer: c.var.deps.modules.footer, city: c.var.city };
}

// A page re-rendered after a failed POST has no GET address of its own: switch language on the page the form came from.
function currentPagePath(c: Context<AppEnv>): string {
  let url = new URL(c.req.url);
  if (c.req.method !== 'GET') {
    const referer = c.req.header('referer');
    const from = referer ? URL.parse(referer) : null;
    url = from && from.origin === url.origin ? from : new URL('/', url);
  }
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

// The path comes from the request (`GET //evil.example/x` has the path `//evil.example/x`): link only to this site.
function switchLanguageHref(ctx: PageContext): string {
  const other = ctx.locale === 'fr' ? 'en' : 'fr';
  const path = safeLocalPath(ctx.path);
  return path + (path.includes('?') ? '&' : '?') + `lang=${other}`;
}

/**
 * The page frame: skip link, header with navigation and language switch, main landmark, footer.
 * `refreshSeconds` reloads the page by itself (a meta refresh: no script), for pages that show progress.
 */
export function Layout(props: { ctx: PageContext; title: string; children: Child; refreshSeconds?: number }) {
  const { ctx, title } = props;
  const { t, user } = ctx;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={ctx.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${platformName(ctx)}`}</title>
          {props.refreshSeconds !== undefined && <meta http-equiv="refresh" content={String(props.refreshSeconds)} />}
          <link rel="stylesheet" href="/static/style.css" />
          <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
          <a class="skip-link" href="#main">{t('layout.skip')}</a>
          <header class="site-header">
            <a class="brand" href="/">
              {/* The name follows the logo: the image adds nothing to read aloud. */}
              {ctx.city?.logoUploadId && <img class="brand-logo" src={`/uploads/${ctx.city.logoUploadId}/small`} alt="" />}
              {platformName(ctx)}
              <span class="tagline">{t('app.tagline')}</span>
            </a>
            <nav aria-label={t('layout.nav')}>
              {/* A <details> menu folds the links on a phone without any script; wide screens show them open (style.css). */}
              <details class="menu">
                <summary>{t('layout.menu')}</summary>
                <ul>
                <li><a href="/">{t('layout.home')}</a></li>
                {(ctx.navigation ?? []).filter((link) => seesLink(user, link)).map((link) => (
                  <li><a href={link.href}>{t(link.labelKey)}</a></li>
                ))}
                {user ? (
                  <>
                    <li><a href="/account">{t('layout.account')}</a></li>
                    <li>
                      <PostButton action="/account/sign-out" buttonClass="link-button" label={t('layout.signOut')} />
                    </li>
                  </>
                ) : (
                  <>
                    <li><a href="/account/sign-in">{t('layout.signIn')}</a></li>
                    <li><a href="/account/sign-up">{t('layout.signUp')}</a></li>
                  </>
                )}
                <li>
                  <a href={switchLanguageHref(ctx)} lang={ctx.locale === 'fr' ? 'en' : 'fr'} aria-label={t('layout.switchToLabel')}>
                    {t('layout.switchTo')}
                  </a>
                </li>
                </ul>
              </details>
            </nav>
          </header>
          <main id="main" tabindex={-1}>
            {ctx.flash && <p class="flash" role="status">{t(ctx.flash)}</p>}
            {props.children}
          </main>
          <footer class="site-footer">
            <p>{t('layout.footer')}</p>
            <ul class="inline-list footer-links">
              {(ctx.footer ?? []).map((link) => (
                <li><a href={link.href}>{t(link.labelKey)}</a></li>
              ))}
              <li><a href="/api/v1/openapi.json">{t('layout.api')}</a></li>
            </ul>
          </footer>
        </body>
      </html>
    </>
  );
}
