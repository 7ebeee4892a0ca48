import type { NeighbourhoodRow } from '../../processes/index.ts';
import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { PublishedFigure } from '../../../web/published-figure.tsx';
import type { InitiativePositions, PortfolioPosition } from '../compass-view.ts';
import { stakeholderGroups, type StakeholderGroup } from '../groups.ts';
import { dimensions } from '../initiative-input.ts';
import { gapText, pointText, shortPoint } from './frame.tsx';
import { MethodNote } from './method-note.tsx';
import { Ternary, TernaryLegend, type TernaryMark } from './ternary.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { languageLabel, Localized, MarkedText, otherLanguage, plainLabel } from '../../../web/localized-text.tsx';
import { InitiativePager, pageOfInitiatives, type InitiativePage } from './compass-paging.tsx';

export interface CompassFilters {
  neighbourhood: string;
  group: StakeholderGroup | '';
  dimension: string;
  from: string;
  to: string;
  /** Which page of initiatives the chart and the table show (1 when absent). */
  page: number;
}

/** The portfolio at two dates, per group (null where too few assessments changed to show a change). */
export interface PortfolioChange {
  from: string;
  to: string;
  before: PortfolioPosition[];
  after: PortfolioPosition[];
}

export interface CompassPageData {
  placed: InitiativePositions[];
  portfolio: PortfolioPosition[];
  contested: InitiativePositions[];
  neighbourhoods: NeighbourhoodRow[];
  filters: CompassFilters;
  change: PortfolioChange | null;
}

// An initiative's title in the page's language, or in French "(in French)" when it has no English one.
const titleLabel = (ctx: PageContext, p: InitiativePositions) => languageLabel(ctx.locale, p.initiative.title_fr, p.initiative.title_en);
/** The title as plain text (the chart's labels, its description): "(in French)" follows a French-only title. */
const title = (ctx: PageContext, p: InitiativePositions) => plainLabel(ctx, titleLabel(ctx, p));
/** The title in the page: a French-only one in its `lang` span, followed by "(in French)". */
const Title = (props: { ctx: PageContext; p: InitiativePositions }) => <MarkedText ctx={props.ctx} label={titleLabel(props.ctx, props.p)} />;

function marksOf(ctx: PageContext, data: CompassPageData, shown: readonly InitiativePositions[]): TernaryMark[] {
  const groups = data.filters.group ? [data.filters.group] : stakeholderGroups;
  const marks: TernaryMark[] = [];
  for (const p of shown) {
    for (const pos of p.positions) {
      if (!pos.point || !groups.includes(pos.group)) continue;
      marks.push({ group: pos.group, point: pos.point, spread: pos.spread, joinKey: p.initiative.id, label: ctx.t('common.labelled', { label: `${title(ctx, p)} — ${ctx.t(`compass.group.${pos.group}`)}`, value: shortPoint(ctx, pos.point) }) });
    }
  }
  for (const pf of data.portfolio) {
    if (!pf.point || (pf.group !== 'all' && !groups.includes(pf.group))) continue;
    marks.push({ group: pf.group, point: pf.point, emphasis: true, label: ctx.t('common.labelled', { label: `${ctx.t('compass.portfolio.title')} — ${ctx.t(`compass.group.${pf.group}`)}`, value: pointText(ctx, pf.point) }) });
  }
  return marks;
}

function describe(ctx: PageContext, data: CompassPageData, paging: InitiativePage): string {
  const { t } = ctx;
  const parts = [t('compass.describe.count', { n: data.placed.length })];
  if (paging.pages > 1) parts.push(t('compass.describe.page', { first: paging.first, last: paging.last }));
  for (const pf of data.portfolio) if (pf.point) parts.push(t('compass.describe.portfolio', { group: t(`compass.group.${pf.group}`), point: pointText(ctx, pf.point) }));
  const top = data.contested[0];
  if (top) parts.push(t('compass.describe.contested', { title: title(ctx, top), gap: gapText(ctx, top.gaps.widest) }));
  return parts.join(' ');
}

function Filters(props: { ctx: PageContext; data: CompassPageData }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const f = data.filters;
  return (
    <form method="get" action="/compass" class="compass-filters" aria-label={t('compass.filters.label')}>
      <div class="field">
        <label for="filter-neighbourhood">{t('compass.filters.neighbourhood')}</label>
        <select id="filter-neighbourhood" name="neighbourhood">
          <option value="">{t('compass.filters.allNeighbourhoods')}</option>
          {data.neighbourhoods.map((n) => <option value={n.slug} selected={n.slug === f.neighbourhood} lang={otherLanguage(ctx.locale, n.name_fr, n.name_en)}>{localized(ctx.locale, n.name_fr, n.name_en)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-group">{t('compass.filters.group')}</label>
        <select id="filter-group" name="group">
          <option value="">{t('compass.filters.allGroups')}</option>
          {stakeholderGroups.map((g) => <option value={g} selected={g === f.group}>{t(`compass.group.${g}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-dimension">{t('compass.filters.dimension')}</label>
        <select id="filter-dimension" name="dimension">
          <option value="">{t('compass.filters.allDimensions')}</option>
          {dimensions.map((d) => <option value={d} selected={d === f.dimension}>{t(`compass.dimension.${d}`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-from">{t('compass.filters.from')}</label>
        <input type="date" id="filter-from" name="from" value={f.from} />
      </div>
      <div class="field">
        <label for="filter-to">{t('compass.filters.to')}</label>
        <input type="date" id="filter-to" name="to" value={f.to} />
      </div>
      <p><button type="submit">{t('compass.filters.apply')}</button></p>
    </form>
  );
}

function PortfolioTable(props: { ctx: PageContext; portfolio: PortfolioPosition[]; caption: string; id: string }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <DataTable
      class="compass-table"
      id={props.id}
      caption={props.caption}
      rows={props.portfolio}
      rowAttributes={(p) => ({ 'data-group': p.group })}
      columns={[
        { header: t('compass.table.group'), rowHeader: true, cell: (p) => t(`compass.group.${p.group}`) },
        { header: t('compass.table.position'), cell: (p) => (p.point ? pointText(ctx, p.point) : t('compass.notShown')) },
        { header: t('compass.table.initiatives'), numeric: true, cell: (p) => formatNumber(ctx.locale, p.initiatives) },
        { header: t('compass.table.budget'), numeric: true, cell: (p) => formatNumber(ctx.locale, p.budget, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }) },
      ]}
    />
  );
}

function ChangeSection(props: { ctx: PageContext; change: PortfolioChange }) {
  const { ctx, change } = props;
  const { t } = ctx;
  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title">{t('compass.change.title', { from: formatDate(ctx.locale, change.from), to: formatDate(ctx.locale, change.to) })}</h2>
      <DataTable
        class="compass-table"
        id="portfolio-change"
        caption={t('compass.change.caption')}
        rows={change.before.map((b, i) => ({ b, a: change.after[i] }))}
        rowAttributes={({ b }) => ({ 'data-group': b.group })}
        columns={[
          { header: t('compass.table.group'), rowHeader: true, cell: ({ b }) => t(`compass.group.${b.group}`) },
          { header: formatDate(ctx.locale, change.from), cell: ({ b }) => (b.point ? pointText(ctx, b.point) : t('compass.notShown')) },
          { header: formatDate(ctx.locale, change.to), cell: ({ a }) => (a.point ? pointText(ctx, a.point) : t('compass.notShown')) },
        ]}
      />
      <p class="hint">{t('compass.change.hint')}</p>
    </section>
  );
}

// With a dimension chosen, the city profile of that dimension is the other half of the picture.
function profileLink(ctx: PageContext, dimension: string) {
  const href = dimension ? `/city-profile/compare?dimension=${dimension}` : '/city-profile';
  return <a href={href}>{ctx.t('compass.profileLink')}</a>;
}

/**
 * The compass: the chart, its description and legend, the portfolio, the most contested initiatives
 * and the full table. It depends on the filters and the language only (never on who reads it), so the
 * route may keep its rendering for a few seconds.
 */
export type FilterProblem = 'choice' | 'dates' | 'page';

export function CompassBody(props: { ctx: PageContext; data: CompassPageData; filterProblems?: readonly FilterProblem[] }) {
  const { ctx, data } = props;
  const { t } = ctx;
  const groups = data.filters.group ? [data.filters.group] : stakeholderGroups;
  const paging = pageOfInitiatives(data.placed, data.filters.page);
  const description = describe(ctx, data, paging);
  return (
    <>
      <h1>{t('compass.title')}</h1>
      <p class="lead">{t('compass.lead')}</p>
      {props.filterProblems?.length ? (
        <div class="notice" role="alert">
          <p>{t('compass.filters.invalid')}</p>
          <ul>
            {props.filterProblems.map((problem) => <li>{t(`compass.filters.invalid.${problem}`)}</li>)}
          </ul>
        </div>
      ) : null}
      <Filters ctx={ctx} data={data} />
      <InitiativePager ctx={ctx} filters={data.filters} paging={paging} id="compass-pages" />
      <Ternary ctx={ctx} id="compass" title={t('compass.chart.title')} description={description} marks={marksOf(ctx, data, paging.shown)} />
      <TernaryLegend ctx={ctx} groups={['all', ...groups]} />
      <p id="compass-summary">{description}</p>
      <MethodNote ctx={ctx} />
      <h2>{t('compass.portfolio.title')}</h2>
      <p>{t('compass.portfolio.hint')}</p>
      <PortfolioTable ctx={ctx} portfolio={data.portfolio.filter((p) => p.group === 'all' || groups.includes(p.group))} caption={t('compass.portfolio.caption')} id="portfolio" />
      {data.change && <ChangeSection ctx={ctx} change={data.change} />}
      <h2>{t('compass.contested.title')}</h2>
      {data.contested.length === 0 ? <p>{t('compass.contested.none')}</p> : (
        <ol id="contested">
          {data.contested.map((p) => (
            <li><a href={`/compass/initiatives/${p.initiative.slug}`}><Title ctx={ctx} p={p} /></a> — {t('compass.contested.gap', { gap: gapText(ctx, p.gaps.widest), city: gapText(ctx, p.gaps.cityAssociations), residents: gapText(ctx, p.gaps.cityResidents) })}</li>
          ))}
        </ol>
      )}
      <h2>{t('compass.table.title')}</h2>
      <DataTable
        class="compass-table"
        id="compass-table"
        caption={paging.pages > 1 ? `${t('compass.table.caption')} ${t('compass.table.captionPage', { first: paging.first, last: paging.last, total: paging.total })}` : t('compass.table.caption')}
        rows={paging.shown.map((p) => ({ p, shown: p.positions.filter((pos) => groups.includes(pos.group)) }))}
        columns={[
          { header: t('compass.table.initiative'), rowHeader: true, cell: ({ p }) => <a href={`/compass/initiatives/${p.initiative.slug}`}><Title ctx={ctx} p={p} /></a> },
          ...groups.map((g, i) => ({
            header: t(`compass.group.${g}`),
            cellAttributes: ({ shown }: { shown: InitiativePositions['positions'] }) => ({ 'data-group': shown[i].group }),
            cell: ({ shown }: { shown: InitiativePositions['positions'] }) => (
              <>
                {shown[i].point ? shortPoint(ctx, shown[i].point) : '—'} <small>(<PublishedFigure ctx={ctx} figure={shown[i].assessments} />)</small>
              </>
            ),
          })),
          { header: t('compass.table.gapCityAssociations'), numeric: true, cell: ({ p }) => gapText(ctx, p.gaps.cityAssociations) },
        ]}
      />
      <InitiativePager ctx={ctx} filters={data.filters} paging={paging} />
      <p>{profileLink(ctx, data.filters.dimension)}</p>
      <p><a href="/api/v1/compass">{t('compass.api')}</a></p>
    </>
  );
}
