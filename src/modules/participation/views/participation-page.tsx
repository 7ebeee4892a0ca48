import { formatNumber } from '../../../platform/i18n/index.ts';
import { Localized } from '../../../web/localized-text.tsx';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { BudgetRefusalNotice, NoiseNote, PublishedFigure } from '../../../web/published-figure.tsx';
import { columns, type AreaRow, type ParticipationView } from '../page-data.ts';
import { DataTable } from '../../../web/data-table.tsx';
import { MapFigure } from '../../geography/index.ts';

function Figure(props: { ctx: PageContext; row: AreaRow; column: (typeof columns)[number] }) {
  const { ctx, row, column } = props;
  const rate = row.perThousand[column];
  return (
    <>
      <PublishedFigure ctx={ctx} figure={row.figures[column]} />
      {rate !== null && <span class="meta"> ({ctx.t('participation.perThousand', { rate: formatNumber(ctx.locale, rate, { maximumFractionDigits: 1 }) })})</span>}
    </>
  );
}

/** The definitions of the figures, the same words on the page and in the API. */
export function Definitions(props: { ctx: PageContext }) {
  const { t } = props.ctx;
  return (
    <dl class="definition">
      {[...columns, 'pseudonyms', 'perThousandRate', 'areas'].map((key) => (
        <>
          <dt>{t(`participation.column.${key}`)}</dt>
          <dd>{t(`participation.definition.${key}`)}</dd>
        </>
      ))}
    </dl>
  );
}

/** Who takes part, per neighbourhood, through the privacy rules: so the city sees which neighbourhoods it is not hearing. */
export function ParticipationPage(props: { ctx: PageContext; view: ParticipationView; map?: string | null }) {
  const { ctx, view } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('participation.title')}>
      <h1>{t('participation.heading', { year: view.year })}</h1>
      <p>{t('participation.lead')}</p>
      <form method="get" action="/participation" class="filters">
        <div class="field">
          <label for="field-year">{t('participation.year')}</label>
          <select id="field-year" name="year">
            {view.years.map((y) => (
              <option value={y} selected={y === view.year}>{y}</option>
            ))}
          </select>
        </div>
        <button type="submit">{t('participation.show')}</button>
      </form>
      {!view.outcome.ok && <BudgetRefusalNotice ctx={ctx} refusal={view.outcome.refusal} hasLatest={view.statistic !== null} />}
      {view.statistic && <NoiseNote ctx={ctx} statistic={view.statistic} />}
      <p>{t('participation.rule')}</p>
      {props.map && <MapFigure ctx={ctx} svg={props.map} />}
      {view.rows.length > 0 && (
        <DataTable
          caption={t('participation.caption', { year: view.year })}
          rows={view.rows}
          columns={[
            {
              header: t('participation.area'),
              rowHeader: true,
              cell: (row) => (
                <>
                  <Localized ctx={ctx} fr={row.name_fr} en={row.name_en} />
                  {row.population !== null && <span class="meta"> ({t('participation.inhabitants', { n: formatNumber(ctx.locale, row.population) })})</span>}
                </>
              ),
            },
            ...columns.map((c) => ({ header: t(`participation.column.${c}`), cell: (row: AreaRow) => <Figure ctx={ctx} row={row} column={c} /> })),
          ]}
        />
      )}
      {view.pseudonyms && <p>{t('participation.pseudonymsLine')} <strong><PublishedFigure ctx={ctx} figure={view.pseudonyms} /></strong></p>}
      <h2>{t('participation.definitions')}</h2>
      <Definitions ctx={ctx} />
      <p><a href={`/api/v1/participation?year=${view.year}`}>{t('participation.api')}</a></p>
    </Layout>
  );
}
