import { localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { models, type ObservationType } from '../models.ts';
import type { PublishedAggregate } from '../publish.ts';
import { latestByMeasure, MeanFigure } from './figures.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { Localized } from '../../../web/localized-text.tsx';

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
              <DataTable
                caption={t('observations.latestDay')}
                rows={hoods.map((h) => ({ h, latest: latestByMeasure(rows.filter((r) => r.area === h.slug)) }))}
                columns={[
                  { header: t('observations.neighbourhood'), rowHeader: true, cell: ({ h }) => <a href={`/observations/${h.slug}`}><Localized ctx={ctx} fr={h.name_fr} en={h.name_en} /></a> },
                  ...spec.measures.map((m) => ({ header: t(`observations.measure.${m.key}`), cell: ({ latest }: { latest: ReturnType<typeof latestByMeasure> }) => <MeanFigure ctx={ctx} row={latest.get(m.key)} /> })),
                ]}
              />
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
