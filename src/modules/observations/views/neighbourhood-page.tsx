import { formatDate, formatNumber, localized } from '../../../platform/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';
import { models, thresholds, type ObservationType } from '../models.ts';
import type { PublishedAggregate } from '../publish.ts';
import { latestByMeasure, MeanFigure } from './figures.tsx';

/** One neighbourhood: what is measured there, the last hour and last day, 30 daily means with the guideline values that matter. */
export function NeighbourhoodPage(props: { ctx: PageContext; hood: { slug: string; name_fr: string; name_en: string }; hours: Map<ObservationType, PublishedAggregate[]>; days: Map<ObservationType, PublishedAggregate[]> }) {
  const { ctx, hood } = props;
  const { t, locale } = ctx;
  const name = localized(locale, hood.name_fr, hood.name_en);
  const measured = [...props.days].filter(([, rows]) => rows.length > 0);
  return (
    <Layout ctx={ctx} title={t('observations.hood.title', { name })}>
      <p><a href="/observations">{t('observations.title')}</a></p>
      <h1>{t('observations.hood.title', { name })}</h1>
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
            <table tabindex={0}>
              <caption>{t('observations.hood.latest')}</caption>
              <thead><tr><th scope="col">{t('observations.measure')}</th><th scope="col">{t('observations.lastHour')}</th><th scope="col">{t('observations.lastDay')}</th><th scope="col">{t('observations.guideline')}</th></tr></thead>
              <tbody>
                {present.map((m) => (
                  <tr>
                    <th scope="row">{t(`observations.measure.${m.key}`)}</th>
                    <td><MeanFigure ctx={ctx} row={lastHour.get(m.key)} /></td>
                    <td><MeanFigure ctx={ctx} row={lastDay.get(m.key)} /></td>
                    <td>{(thresholds[m.key] ?? []).map((g) => t(`observations.guideline.${g.period}`, { value: formatNumber(locale, g.value), unit: m.unit, source: g.source })).join(' ; ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table tabindex={0}>
              <caption>{t('observations.hood.daily')}</caption>
              <thead><tr><th scope="col">{t('observations.day')}</th>{present.map((m) => <th scope="col">{t(`observations.measure.${m.key}`)}</th>)}</tr></thead>
              <tbody>{starts.map((s) => <tr><th scope="row">{formatDate(locale, s)}</th>{present.map((m) => <td><MeanFigure ctx={ctx} row={cell.get(`${s}|${m.key}`)} /></td>)}</tr>)}</tbody>
            </table>
          </section>
        );
      })}
    </Layout>
  );
}
