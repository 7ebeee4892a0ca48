import { formatDate, formatDateTime, formatNumber } from '../../../platform/i18n/index.ts';
import { DataTable } from '../../../web/data-table.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { models } from '../models.ts';
import type { MeasureFigures, SensorFigures } from '../live.ts';
import { MeanFigure } from './figures.tsx';
import { dayGuideline, TrendChart } from './trend-chart.tsx';

/** A figure with the hour or day it was measured in, so "last hour" is never taken for "now". */
function Dated(props: { ctx: PageContext; row: MeasureFigures['lastHour']; withTime: boolean }) {
  if (!props.row) return <>–</>;
  const when = props.withTime ? formatDateTime(props.ctx.locale, props.row.start) : formatDate(props.ctx.locale, props.row.start);
  return (
    <>
      <MeanFigure ctx={props.ctx} row={props.row} />
      <br />
      <small>{when}</small>
    </>
  );
}

/**
 * The live figures of a register entry's device: last hour and last day per measure, with the guideline values that
 * matter marked as such and their source cited; the 30-day trend as charts and as a table of the same daily means.
 */
export function SensorFiguresSection(props: { ctx: PageContext; figures: SensorFigures }) {
  const { ctx, figures } = props;
  const { t, locale } = ctx;
  if (figures.models.length === 0) return null;
  const cited = new Set(figures.models.flatMap((m) => m.measures.flatMap((f) => f.guidelines.map((g) => g.source))));
  return (
    <section aria-labelledby="live-figures" class="sensor-figures">
      <h2 id="live-figures">{t('observations.live.title')}</h2>
      <p>{t('observations.live.intro')}</p>
      {figures.models.map(({ type, measures }) => {
        const theme = models[type].theme;
        const starts = [...new Set(measures.flatMap((m) => m.days.map((d) => d.start)))].sort();
        const cell = new Map(measures.flatMap((m) => m.days.map((d) => [`${d.start}|${m.measure.key}`, { d, m }] as const)));
        return (
          <section aria-labelledby={`live-${theme}`}>
            <h3 id={`live-${theme}`}>{t(`observations.theme.${theme}`)}</h3>
            <DataTable
              caption={t('observations.hood.latest')}
              rows={measures}
              columns={[
                { header: t('observations.measure'), rowHeader: true, cell: (m) => t(`observations.measure.${m.measure.key}`) },
                { header: t('observations.lastHour'), cell: (m) => <Dated ctx={ctx} row={m.lastHour} withTime /> },
                { header: t('observations.lastDay'), cell: (m) => <Dated ctx={ctx} row={m.lastDay} withTime={false} /> },
                {
                  header: t('observations.live.guidelines'),
                  cell: (m) => (m.guidelines.length === 0 ? '–' : m.guidelines.map((g) => t(`observations.guideline.${g.period}`, { value: formatNumber(locale, g.value), unit: m.measure.unit, source: g.source })).join(t('common.listSeparator'))),
                },
              ]}
            />
            {measures.filter((m) => m.days.some((d) => d.mean !== null)).map((m) => <TrendChart ctx={ctx} id={`trend-${m.measure.key}`} figures={m} windowStart={figures.windowStart} />)}
            <DataTable
              caption={t('observations.live.daily')}
              rows={starts}
              columns={[
                { header: t('observations.day'), rowHeader: true, cell: (s) => formatDate(locale, s) },
                ...measures.map((m) => ({
                  header: `${t(`observations.measure.${m.measure.key}`)}${m.measure.unit ? ` (${m.measure.unit})` : ''}`,
                  cell: (s: string) => {
                    const found = cell.get(`${s}|${m.measure.key}`);
                    const guideline = dayGuideline(m);
                    const above = found && guideline && found.d.mean !== null && found.d.mean > guideline.value;
                    return (
                      <>
                        <MeanFigure ctx={ctx} row={found?.d} />
                        {above && <> <strong>{t('observations.live.aboveGuideline')}</strong></>}
                      </>
                    );
                  },
                })),
              ]}
            />
          </section>
        );
      })}
      {cited.size > 0 && (
        <p class="meta">
          {t('observations.live.guidelineNote')}{' '}
          {[...cited].some((s) => s.startsWith('WHO 2021')) && <>{t('observations.live.sourceAir')} </>}
          {[...cited].some((s) => s.startsWith('WHO 2018')) && <>{t('observations.live.sourceNoise')}</>}
        </p>
      )}
    </section>
  );
}
