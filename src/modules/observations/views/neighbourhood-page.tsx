import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { models, thresholds, type ObservationType } from '../models.ts';
import type { PublishedAggregate } from '../publish.ts';
import { latestByMeasure, MeanFigure } from './figures.tsx';
import { DataTable } from '../../../web/data-table.tsx';
import { namedIn } from '../../../web/localized-text.tsx';

/** One neighbourhood: what is measured there, the last hour and last day, 30 daily means with the guideline values that matter. */
export function NeighbourhoodPage(props: { ctx: PageContext; hood: { slug: string; name_fr: string; name_en: string }; hours: Map<ObservationType, PublishedAggregate[]>; days: Map<ObservationType, PublishedAggregate[]> }) {
  const { ctx, hood } = props;
  const { t, locale } = ctx;
  const title = namedIn(ctx, (name) => t('observations.hood.title', { name }), hood.name_fr, hood.name_en);
  const measured = [...props.days].filter(([, rows]) => rows.length > 0);
  return (
    <Layout ctx={ctx} title={title.text}>
      <p><a href="/observations">{t('observations.title')}</a></p>
      <h1>{title.marked}</h1>
      {measured.length === 0 && <p>{t('observations.hood.nothing')}</p>}
      {measured.map(([type, dayRows]) => {
        const spec = models[type];
        const lastHour = latestByMeasure(props.hours.get(type) ?? []);
        const lastDay = latestByMeasure(dayRows);
        const starts = [...new Set(dayRows.map((r) => r.start))].sort();
        const cell = new Map(dayRows.map((r) => [`${r.start}|${r.measure}`, r]));
        const present = spec.measures.filter((m) => lastDay.has(m.key));
        return (
          <section aria-labelledby={`theme-${spec.theme}`}>
            <h2 id={`theme-${spec.theme}`}>{t(`observations.theme.${spec.theme}`)}</h2>
            <DataTable
              caption={t('observations.hood.latest')}
              rows={present}
              columns={[
                { header: t('observations.measure'), rowHeader: true, cell: (m) => t(`observations.measure.${m.key}`) },
                { header: t('observations.lastHour'), cell: (m) => <MeanFigure ctx={ctx} row={lastHour.get(m.key)} /> },
                { header: t('observations.lastDay'), cell: (m) => <MeanFigure ctx={ctx} row={lastDay.get(m.key)} /> },
                { header: t('observations.guideline'), cell: (m) => (thresholds[m.key] ?? []).map((g) => t(`observations.guideline.${g.period}`, { value: formatNumber(locale, g.value), unit: m.unit, source: g.source })).join(t('common.listSeparator')) || '–' },
              ]}
            />
            <DataTable
              caption={t('observations.hood.daily')}
              rows={starts}
              columns={[
                { header: t('observations.day'), rowHeader: true, cell: (s) => formatDate(locale, s) },
                ...present.map((m) => ({ header: t(`observations.measure.${m.key}`), cell: (s: string) => <MeanFigure ctx={ctx} row={cell.get(`${s}|${m.key}`)} /> })),
              ]}
            />
          </section>
        );
      })}
    </Layout>
  );
}
