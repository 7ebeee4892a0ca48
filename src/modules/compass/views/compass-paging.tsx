import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { InitiativePositions } from '../compass-view.ts';
import type { CompassFilters } from './compass-page.tsx';

/**
 * Initiatives drawn on the chart and listed in its table at once. Past a few dozen the triangle is a blur of
 * marks and the page grows by ~2 KB per initiative (200 made a 441 KB page); the portfolio and the most
 * contested list still count every initiative.
 */
export const INITIATIVES_PER_PAGE = 20;

/** One page of the portfolio's initiatives: the biggest budgets first (they weigh most in the portfolio), then by title. */
export interface InitiativePage {
  shown: InitiativePositions[];
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** The initiatives of page `page` (a page past the end shows the last one). */
export function pageOfInitiatives(placed: readonly InitiativePositions[], page: number): InitiativePage {
  const ordered = [...placed].sort((a, b) => Number(b.initiative.budget ?? 0) - Number(a.initiative.budget ?? 0) || a.initiative.title_fr.localeCompare(b.initiative.title_fr, 'fr'));
  const pages = Math.max(1, Math.ceil(ordered.length / INITIATIVES_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * INITIATIVES_PER_PAGE;
  const shown = ordered.slice(start, start + INITIATIVES_PER_PAGE);
  return { shown, page: current, pages, first: shown.length ? start + 1 : 0, last: start + shown.length, total: ordered.length };
}

/** The compass's address with the same filters, on another page. */
export function compassHref(filters: CompassFilters, page: number): string {
  const query = new URLSearchParams();
  for (const key of ['neighbourhood', 'group', 'dimension', 'from', 'to'] as const) if (filters[key]) query.set(key, filters[key]);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/compass?${text}` : '/compass';
}

/** "Initiatives 26 to 50 of 210, by budget" with links to the previous and next pages; nothing when one page holds them all. */
export function InitiativePager(props: { ctx: PageContext; filters: CompassFilters; paging: InitiativePage; id?: string }) {
  const { ctx, filters, paging } = props;
  const { t } = ctx;
  if (paging.pages <= 1) return null;
  const n = (x: number) => formatNumber(ctx.locale, x);
  return (
    <nav id={props.id} aria-label={t('compass.pages.label')}>
      <p>{t('compass.pages.range', { first: n(paging.first), last: n(paging.last), total: n(paging.total) })}</p>
      <ul class="inline-list">
        {paging.page > 1 && <li><a href={`${compassHref(filters, paging.page - 1)}#compass-pages`} rel="prev">{t('compass.pages.previous')}</a></li>}
        {paging.page < paging.pages && <li><a href={`${compassHref(filters, paging.page + 1)}#compass-pages`} rel="next">{t('compass.pages.next')}</a></li>}
      </ul>
    </nav>
  );
}
