import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { Area } from '../areas.ts';
import type { IndicatorRow, IndicatorValueRow } from '../queries.ts';
import { valueText } from './parts.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { MapFigure } from '../../geography/index.ts';
import { Localized, localizedPlain } from '../../../web/localized-text.tsx';

/** `/indicators/:code`: an indicator's definition, source and method, and its values by period and area. */
export function IndicatorPage(props: { ctx: PageContext; indicator: IndicatorRow; values: IndicatorValueRow[]; areas: Area[]; map?: string | null }) {
  const { ctx, indicator: i, values, areas } = props;
  const { t, locale } = ctx;
  const name = localizedPlain(ctx, i.name_fr, i.name_en);
  const periods = [...new Set(values.map((v) => v.period))];
  const byKey = new Map(values.map((v) => [`${v.period}|${v.area}`, v]));
  const sources = [...new Set(values.map((v) => v.source).filter((s) => s && s !== i.source))];
  const shown = areas.filter((a) => values.some((v) => v.area === a.key));
  return (
    <Layout ctx={ctx} title={name}>
      <nav aria-label={t('indicators.nav.label')}>
        <p><a href="/indicators">{t('indicators.nav.catalogue')}</a></p>
      </nav>
      <h1><Localized ctx={ctx} fr={i.name_fr} en={i.name_en} /></h1>
      <dl class="definition">
        <dt>{t('indicators.code')}</dt>
        <dd><code>{i.code}</code></dd>
        <dt>{t('indicators.dimension')}</dt>
        <dd><a href={`/city-profile/compare?dimension=${i.dimension}`}>{t(`indicators.dimension.${i.dimension}`)}</a> — {t(`indicators.factor.${i.factor}`)}</dd>
        <dt>{t('indicators.kind')}</dt>
        <dd>{t(`indicators.kind.${i.kind}`)}</dd>
        <dt>{t('indicators.unit')}</dt>
        <dd>{i.unit}</dd>
        <dt>{t('indicators.polarity')}</dt>
        <dd>{t(`indicators.polarity.${i.polarity}`)}</dd>
        <dt>{t('indicators.method')}</dt>
        <dd><Localized ctx={ctx} fr={i.method_fr} en={i.method_en} /></dd>
        <dt>{t('indicators.source')}</dt>
        <dd>{i.source}</dd>
        {i.iso37120 && (
          <>
            <dt>ISO 37120:2018</dt>
            <dd>{i.iso37120}</dd>
          </>
        )}
        {i.sdg && (
          <>
            <dt>{t('indicators.sdg')}</dt>
            <dd>{i.sdg}</dd>
          </>
        )}
      </dl>
      {sources.length > 0 && <p>{t('indicators.otherSources', { list: sources.join(t('common.listSeparator')) })}</p>}
      {props.map && <MapFigure ctx={ctx} svg={props.map} />}
      {values.length === 0 ? (
        <p>{t('indicators.indicatorPage.noValues')}</p>
      ) : (
        <DataTable
          caption={t('indicators.indicatorPage.valuesCaption', { name })}
          rows={periods}
          columns={[
            { header: t('indicators.period'), rowHeader: true, cell: (p) => p },
            ...shown.map((a) => ({
              header: localizedPlain(ctx, a.name_fr, a.name_en),
              cell: (p: string) => {
                const v = byKey.get(`${p}|${a.key}`);
                return v ? <>{valueText(ctx, Number(v.value), i.unit)}{v.n !== null && <span class="meta"> {t('indicators.n', { n: Number(v.n) })}</span>}</> : t('indicators.noValue');
              },
            })),
          ]}
        />
      )}
      <p>
        <a href={`/indicators/values.csv?indicator=${i.code}`}>{t('indicators.download.csv')}</a> · <a href={`/api/v1/indicator-values?indicator=${i.code}`}>{t('indicators.download.json')}</a>
      </p>
    </Layout>
  );
}
