import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { type ListFilters, PAGE_SIZE, type ProposalListRow, sortOrders } from '../list-query.ts';
import { authorKinds, proposalCategories, publicStatuses } from '../policy.ts';
import type { ComponentContext } from '../queries.ts';
import { AuthorLine, placeText, publicStatus, StatusBadge } from './parts.tsx';
import { AreaCountTable, MapFigure } from '../../geography/index.ts';
import type { ProposalListMap } from '../list-map.ts';
import { CardThumbnail, type AttachmentView } from '../../attachments/index.ts';
import { localizedOption } from '../../../web/localized-text.tsx';

/** The query string of a list page with some filters changed (empty values dropped). */
export function listHref(base: string, filters: ListFilters, change: Partial<ListFilters>): string {
  const merged = { ...filters, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) {
    if (v === '' || v === undefined || (k === 'page' && v === 1) || (k === 'sort' && v === 'newest')) continue;
    if (k === 'seed' && merged.sort !== 'random') continue;
    params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}

function Select(props: { id: string; label: string; value: string; options: { value: string; label: string; lang?: string }[] }) {
  return (
    <div class="field">
      <label for={`filter-${props.id}`}>{props.label}</label>
      <select id={`filter-${props.id}`} name={props.id}>
        {props.options.map((o) => <option value={o.value} selected={o.value === props.value} lang={o.lang}>{o.label}</option>)}
      </select>
    </div>
  );
}

function Card(props: { ctx: PageContext; p: ProposalListRow; thumbnail: AttachmentView | undefined }) {
  const { ctx, p } = props;
  const { t, locale } = ctx;
  return (
    <li class="card">
      {!p.hidden_at && <CardThumbnail ctx={ctx} image={props.thumbnail} />}
      <h3><a href={`/proposals/${p.id}`}>{p.title}</a></h3>
      {p.hidden_at && <p class="notice">{t('proposals.hiddenTitle')}</p>}
      <p class="meta">
        <StatusBadge t={t} status={publicStatus(p)} /> {p.threshold_reached_at && <span class="badge">{t('proposals.thresholdReached')}</span>}
      </p>
      <p class="meta">
        <AuthorLine t={t} p={p} /> · {formatDate(locale, p.created_at)}
      </p>
      <p class="meta">{t(`proposals.category.${p.category}`)} · {placeText(ctx, p)}</p>
      <p class="meta">
        {t('proposals.card.counts', { supports: p.supports_count, comments: p.stances.total, favour: p.stances.favour, against: p.stances.against })}
      </p>
    </li>
  );
}

/** The list of a proposals component, with its filter form and pagination. */
export function ProposalList(props: { ctx: PageContext; context: ComponentContext; filters: ListFilters; rows: ProposalListRow[]; total: number; map?: ProposalListMap | null; thumbnails?: Map<string, AttachmentView> }) {
  const { ctx, context, filters, rows, total } = props;
  const { t, locale, user } = ctx;
  const base = `/processes/${context.detail.process.slug}/c/${context.component.id}`;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const all = { value: '', label: t('proposals.filter.all') };
  const active = [filters.q, filters.neighbourhood, filters.category, filters.status, filters.author].filter((v) => v !== '' && v !== undefined).length + (filters.sort === 'newest' ? 0 : 1);
  return (
    <>
      <p class="actions">
        {context.settings.switches.creationEnabled && <a class="button" href={`${base}/new`}>{t('proposals.new.link')}</a>}
        <a href={`${base}/stats`}>{t('proposals.stats.link')}</a>
        <a href={`/api/v1/processes/${context.detail.process.slug}/proposals.csv`}>{t('proposals.export.csv')}</a>
        <a href={`/api/v1/processes/${context.detail.process.slug}/proposals`}>{t('proposals.export.json')}</a>
        {user?.role === 'admin' && <a href={`${base}/answers`}>{t('proposals.answers.link')}</a>}
      </p>
      {/* Folded on a phone (open once a choice is made); wide screens show the form open (style.css). */}
      <details class="filter-panel" open={active > 0 ? true : undefined}>
      <summary>{t('proposals.filter.toggle', { count: active })}</summary>
      <form method="get" action={base} class="filters" role="search" aria-label={t('proposals.filter.label')}>
        <div class="field">
          <label for="filter-q">{t('proposals.filter.search')}</label>
          <input id="filter-q" type="search" name="q" value={filters.q} maxlength={200} />
        </div>
        <Select id="neighbourhood" label={t('proposals.field.neighbourhood')} value={filters.neighbourhood} options={[all, { value: 'city', label: t('proposals.wholeCity') }, ...context.neighbourhoods.map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))]} />
        <Select id="category" label={t('proposals.field.category')} value={filters.category} options={[all, ...proposalCategories.map((c) => ({ value: c, label: t(`proposals.category.${c}`) }))]} />
        <Select id="status" label={t('proposals.filter.status')} value={filters.status} options={[all, ...publicStatuses.map((s) => ({ value: s, label: t(`proposals.status.${s}`) }))]} />
        <Select id="author" label={t('proposals.filter.author')} value={filters.author} options={[all, ...authorKinds.map((k) => ({ value: k, label: t(`proposals.authorKind.${k}`) }))]} />
        <Select id="sort" label={t('proposals.filter.sort')} value={filters.sort} options={sortOrders.map((s) => ({ value: s, label: t(`proposals.sort.${s}`) }))} />
        {filters.sort === 'random' && filters.seed && <input type="hidden" name="seed" value={String(filters.seed)} />}
        <button type="submit">{t('proposals.filter.submit')}</button>
      </form>
      </details>
      <p role="status">{t('proposals.list.count', { count: total })}</p>
      {props.map && (
        <MapFigure ctx={ctx} svg={props.map.drawn.svg} drawn={props.map.drawn}>
          <AreaCountTable ctx={ctx} caption={t('proposals.map.caption')} countHeader={t('proposals.map.count')} rows={props.map.rows} />
        </MapFigure>
      )}
      {rows.length === 0 ? (
        <p>{t('proposals.list.empty')}</p>
      ) : (
        <ul class="cards">
          {rows.map((p) => <Card ctx={ctx} p={p} thumbnail={props.thumbnails?.get(p.id)} />)}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label={t('proposals.list.pagination')}>
          <p class="actions">
            {filters.page > 1 && <a href={listHref(base, filters, { page: filters.page - 1 })} rel="prev">{t('proposals.list.previous')}</a>}
            <span>{t('proposals.list.pageOf', { page: formatNumber(locale, filters.page), pages: formatNumber(locale, pages) })}</span>
            {filters.page < pages && <a href={listHref(base, filters, { page: filters.page + 1 })} rel="next">{t('proposals.list.next')}</a>}
          </p>
        </nav>
      )}
    </>
  );
}
