import { localized } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { sensorStatuses } from '../fields.ts';
import { choiceLabel, entryName, formatValue, termsOf } from '../present.ts';
import type { Lookups, SensorFilters, SensorRow } from '../queries.ts';
import { dtpr } from '../vocabulary.ts';
import { FilterSearch, FilterSelect, yesNoOptions } from './filters.tsx';
import { RegisterLayout } from './register-frame.tsx';
import { MapFigure, type DrawnPinMap } from '../../geography/index.ts';
import { DataTable } from '../../../web/data-table.tsx';
import { localizedOption } from '../../../web/localized-text.tsx';

/** The public list of sensors and data sources, with filters that work without JavaScript. */
export function SensorListPage(props: { ctx: PageContext; rows: SensorRow[]; filters: SensorFilters; lookups: Lookups; canEdit: boolean; map?: DrawnPinMap | null }) {
  const { ctx, rows, filters, lookups } = props;
  const { t, locale } = ctx;
  // The table is the map's text equivalent: the same devices, with where they are and what they measure.
  const table = rows.length > 0 && (
    <DataTable
      caption={t('registers.sensors.title')}
      rows={rows}
      columns={[
        { header: t('registers.field.name_fr'), rowHeader: true, cell: (r) => <a href={`/registers/sensors/${r.id}`}>{entryName(locale, r)}</a> },
        { header: t('registers.field.neighbourhood_id'), cell: (r) => formatValue(locale, t, lookups, { name: 'neighbourhood_id', kind: 'neighbourhood', fieldset: '' }, r.neighbourhood_id) },
        { header: t('registers.field.purposes'), cell: (r) => termsOf('device__purpose', r.purposes).map((e) => e.name[locale]).join(', ') },
        { header: t('registers.field.personal_data'), cell: (r) => t(r.personal_data === 1 ? 'registers.yes' : 'registers.no') },
        { header: t('registers.field.status'), cell: (r) => choiceLabel(locale, t, 'status', r.status) },
      ]}
    />
  );
  return (
    <RegisterLayout ctx={ctx} title={t('registers.sensors.title')}>
      <h1>{t('registers.sensors.title')}</h1>
      <p class="lead">{t('registers.sensors.lead')}</p>
      <form method="get" action="/registers/sensors" class="stacked filters" role="search">
        <FilterSearch ctx={ctx} value={filters.q ?? ''} />
        <FilterSelect ctx={ctx} name="neighbourhood" label={t('registers.field.neighbourhood_id')} value={filters.neighbourhood ?? ''} options={[...lookups.neighbourhoods.values()].map((n) => localizedOption(locale, n.id, n.name_fr, n.name_en))} />
        <FilterSelect ctx={ctx} name="purpose" label={t('registers.field.purposes')} value={filters.purpose ?? ''} options={dtpr().elementsOf('device__purpose').map((e) => ({ value: e.id, label: e.name[locale] }))} />
        <FilterSelect ctx={ctx} name="personal" label={t('registers.field.personal_data')} value={filters.personal ?? ''} options={yesNoOptions(ctx)} />
        <FilterSelect ctx={ctx} name="status" label={t('registers.field.status')} value={filters.status ?? ''} options={sensorStatuses.map((s) => ({ value: s, label: choiceLabel(locale, t, 'status', s) }))} />
        <p class="actions"><button type="submit">{t('registers.filters.apply')}</button> <a href="/registers/sensors">{t('registers.filters.reset')}</a></p>
      </form>
      <p role="status">{t('registers.filters.results', { n: rows.length })}</p>
      {props.canEdit && <p><a class="button" href="/registers/sensors/new">{t('registers.form.newSensor')}</a></p>}
      {props.map ? (
        <MapFigure ctx={ctx} svg={props.map.svg} drawn={props.map}>
          <p class="meta">{t('registers.sensors.mapShapes')}</p>
          {table}
        </MapFigure>
      ) : (
        table
      )}
      <p><a href="/registers/sensors.csv">{t('registers.exports.csv')}</a> · <a href="/registers/sensors.json">{t('registers.exports.json')}</a></p>
    </RegisterLayout>
  );
}
