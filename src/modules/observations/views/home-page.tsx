import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { models, type ObservationType } from '../models.ts';
import type { PublishedAggregate } from '../publish.ts';
import { latestByMeasure, MeanFigure } from './figures.tsx';

/** Per theme (air, noise, traffic, crowds, parking), a table of neighbourhoods with the latest daily means, and the downloads. */
export function ObservationsHomePage(props: { ctx: PageContext; hoods: { slug: string; name_fr: string; name_en: string }[]; latest: Map<ObservationType, PublishedAggregate[]> }) {
  const { ctx } = props;
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('observations.title')}>
      <h1>{t('observations.title')}</h1>
      <p>{t('observations.intro')}</p>
      {[...props.latest].map(([type, rows]) => {
        const spec = models[type];
        const hoods = props.hoods.filter((h) => rows.some((r) => r.area === h.slug));
        return (
          <section aria-labelledby={`theme-${spec.theme}`}>
            <h2 id={`theme-${spec.theme}`}>{t(`observations.theme.${spec.theme}`)}</h2>
            {hoods.length === 0 ? <p>{t('observations.nothingYet')}</p> : (
              <table tabindex={0}>
                <caption>{t('observations.latestDay')}</caption>
                <thead><tr><th scope="col">{t('observations.neighbourhood')}</th>{spec.measures.map((m) => <th scope="col">{t(`observations.measure.${m.key}`)}</th>)}</tr></thead>
                <tbody>
                  {hoods.map((h) => {
                    const latest = latestByMeasure(rows.filter((r) => r.area === h.slug));
                    return <tr><th scope="row"><a href={`/observations/${h.slug}`}>{localized(locale, h.name_fr, h.name_en)}</a></th>{spec.measures.map((m) => <td><MeanFigure ctx={ctx} row={latest.get(m.key)} /></td>)}</tr>;
                  })}
                </tbody>
              </table>
            )}
            <p>
              {t('observations.download')}{' '}
              <a href={`/observations/download?type=${type}&period=day&format=csv`}>CSV</a> · <a href={`/observations/download?type=${type}&period=day&format=json`}>JSON</a> ·{' '}
              <a href={`/observations/download?type=${type}&period=day&format=ngsi-ld`}>NGSI-LD</a>
            </p>
          </section>
        );
      })}
      <p class="hint">{t('observations.howKept')}</p>
    </Layout>
  );
}
