import { dimensions } from '../../../engines/indicators/index.ts';
import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { IndicatorRow } from '../queries.ts';

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
        <table tabindex={0}>
          <caption>{t(`indicators.dimension.${d}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicators.indicator')}</th>
              <th scope="col">{t('indicators.factor')}</th>
              <th scope="col">{t('indicators.kind')}</th>
              <th scope="col">{t('indicators.unit')}</th>
              <th scope="col">{t('indicators.polarity')}</th>
              <th scope="col">{t('indicators.references')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators
              .filter((i) => i.dimension === d)
              .map((i) => (
                <tr>
                  <th scope="row"><a href={`/indicators/${i.code}`}>{localized(locale, i.name_fr, i.name_en)}</a></th>
                  <td>{t(`indicators.factor.${i.factor}`)}</td>
                  <td>{t(`indicators.kind.${i.kind}`)}</td>
                  <td>{i.unit}</td>
                  <td>{t(`indicators.polarity.${i.polarity}`)}</td>
                  <td>{[i.sdg && `ODD/SDG ${i.sdg}`, i.iso37120 && 'ISO 37120'].filter(Boolean).join(', ')}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </Layout>
  );
}
