import { dimensions } from '../../../engines/indicators/index.ts';
import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { IndicatorRow } from '../queries.ts';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized } from '../../../web/localized-text.tsx';

/** `/indicators`: the catalogue, dimension by dimension, each indicator linking to its page. */
export function CataloguePage(props: { ctx: PageContext; indicators: IndicatorRow[] }) {
  const { ctx, indicators } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('indicators.catalogue.title')}>
      <h1>{t('indicators.catalogue.title')}</h1>
      <p class="lead">{t('indicators.catalogue.lead')}</p>
      <p>
        <a href="/city-profile">{t('indicators.nav.city')}</a> · <a href="/indicators/values.csv">{t('indicators.download.allCsv')}</a> · <a href="/api/v1/indicators">{t('indicators.download.catalogueJson')}</a>
      </p>
      {dimensions.map((d) => (
        <DataTable
          caption={t(`indicators.dimension.${d}`)}
          rows={indicators.filter((i) => i.dimension === d)}
          columns={[
            { header: t('indicators.indicator'), rowHeader: true, cell: (i) => <a href={`/indicators/${i.code}`}><Localized ctx={ctx} fr={i.name_fr} en={i.name_en} /></a> },
            { header: t('indicators.factor'), cell: (i) => t(`indicators.factor.${i.factor}`) },
            { header: t('indicators.kind'), cell: (i) => t(`indicators.kind.${i.kind}`) },
            { header: t('indicators.unit'), cell: (i) => i.unit },
            { header: t('indicators.polarity'), cell: (i) => t(`indicators.polarity.${i.polarity}`) },
            { header: t('indicators.references'), cell: (i) => [i.sdg && `ODD/SDG ${i.sdg}`, i.iso37120 && 'ISO 37120'].filter(Boolean).join(', ') },
          ]}
        />
      ))}
    </Layout>
  );
}
