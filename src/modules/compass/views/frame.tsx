import type { Child } from 'hono/jsx';
import { formatNumber } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Orientation } from '../criteria.ts';

/** Links between the compass pages; the interview pages only for admins (they hold transcripts). */
export function CompassNav(props: { ctx: PageContext }) {
  const { t, user } = props.ctx;
  return (
    <nav aria-label={t('compass.nav')}>
      <p>
        <a href="/compass">{t('compass.title')}</a> · <a href="/compass/initiatives">{t('compass.initiatives.title')}</a> · <a href="/compass/method">{t('compass.method.title')}</a> ·{' '}
        <a href="/compass/findings">{t('compass.findings.title')}</a>
        {user?.role === 'admin' && user.emailVerified && (
          <>
            {' · '}
            <a href="/compass/interviews">{t('compass.interviews.title')}</a> · <a href="/compass/codebook">{t('compass.codebook.title')}</a> · <a href="/compass/analysis">{t('compass.analysis.title')}</a>
          </>
        )}
      </p>
    </nav>
  );
}

/** The page frame of every compass page: the site layout, the compass stylesheet and navigation. */
export function CompassLayout(props: { ctx: PageContext; title: string; children: Child }) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <link rel="stylesheet" href="/compass/compass.css" />
      <CompassNav ctx={props.ctx} />
      {props.children}
    </Layout>
  );
}

// A compass page formats thousands of shares: one formatter per language, built once.
const percentFormats = new Map<string, Intl.NumberFormat>();

/** A share as a whole percentage in the page's language. */
export function percent(ctx: PageContext, share: number): string {
  let format = percentFormats.get(ctx.locale);
  if (!format) percentFormats.set(ctx.locale, (format = new Intl.NumberFormat(ctx.locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

/** A point as "Digital Business 45 %, Eco City 20 %, Ethic & Human 35 %". */
export function pointText(ctx: PageContext, p: Orientation): string {
  return ctx.t('compass.pointText', { db: percent(ctx, p.digitalBusiness), eco: percent(ctx, p.ecoCity), eh: percent(ctx, p.ethicHuman) });
}

/** A point as "45 / 20 / 35" (Digital Business / Eco City / Ethic & Human, in %), for long tables. */
export const shortPoint = (ctx: PageContext, p: Orientation) => `${percent(ctx, p.digitalBusiness)} / ${percent(ctx, p.ecoCity)} / ${percent(ctx, p.ethicHuman)}`;

/** A distance between two views, with two decimals. */
export const gapText = (ctx: PageContext, gap: number | null) => (gap === null ? '—' : formatNumber(ctx.locale, gap, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
