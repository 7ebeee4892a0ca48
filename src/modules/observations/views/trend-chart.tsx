import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import type { MeasureFigures } from '../live.ts';
import { TREND_DAYS } from '../live.ts';

const WIDTH = 560;
const HEIGHT = 200;
const LEFT = 52;
const RIGHT = 14;
const TOP = 14;
const BOTTOM = 30;
const DAY_MS = 86_400_000;
const INK = '#1d2a33';

const shortDays = new Map<string, Intl.DateTimeFormat>();
/** "5 nov." / "5 Nov": axis labels must stay short enough for a phone. */
function shortDay(locale: PageContext['locale'], iso: string): string {
  let f = shortDays.get(locale);
  if (!f) shortDays.set(locale, (f = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })));
  return f.format(new Date(iso));
}

/** A round top for the value axis (1, 2 or 5 times a power of ten) above every value and the guideline. */
function axisTop(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((s) => s * power).find((s) => s >= value)!;
}

/** The 24-hour guideline of a measure, the one a daily mean is compared with. */
export const dayGuideline = (m: MeasureFigures) => m.guidelines.find((g) => g.period === 'day');

/**
 * Thirty daily means of one measure as a line drawn on the server (no script, no request), readable in greyscale:
 * the measure is a solid line with round points, the WHO 24-hour guideline a dashed line named in text, and the days
 * above it square points. The table under the charts carries the same figures.
 */
export function TrendChart(props: { ctx: PageContext; id: string; figures: MeasureFigures; windowStart: string }) {
  const { ctx, figures } = props;
  const { t, locale } = ctx;
  const unit = figures.measure.unit;
  const guideline = dayGuideline(figures);
  const start = Date.parse(props.windowStart);
  const points = figures.days.filter((d) => d.mean !== null).map((d) => ({ day: Math.round((Date.parse(d.start) - start) / DAY_MS), mean: d.mean! }));
  const top = axisTop(Math.max(...points.map((p) => p.mean), guideline ? guideline.value * 1.1 : 0));
  const x = (day: number) => LEFT + (day * (WIDTH - LEFT - RIGHT)) / (TREND_DAYS - 1);
  const y = (value: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
  const n = (v: number) => formatNumber(locale, v, { maximumFractionDigits: 1 });
  // A missing day breaks the line rather than joining its neighbours across it.
  const runs: (typeof points)[] = [];
  for (const p of points) (runs.at(-1)?.at(-1)?.day === p.day - 1 ? runs.at(-1)! : runs[runs.push([]) - 1]).push(p);
  const measureName = t(`observations.measure.${figures.measure.key}`);
  const end = new Date(start + (TREND_DAYS - 1) * DAY_MS).toISOString();
  const means = points.map((p) => p.mean);
  const above = guideline ? points.filter((p) => p.mean > guideline.value).length : 0;
  const label = [
    t('observations.trend.label', { measure: measureName, from: shortDay(locale, props.windowStart), to: shortDay(locale, end), min: n(Math.min(...means)), max: n(Math.max(...means)), unit, days: points.length }),
    guideline ? t('observations.trend.above', { value: n(guideline.value), unit, source: guideline.source, n: above }) : '',
  ].join(' ');
  return (
    <figure class="trend-chart" aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`}>{t('observations.trend.caption', { measure: measureName })}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} font-size="13" fill={INK}>
        <line x1={LEFT} y1={y(0)} x2={WIDTH - RIGHT} y2={y(0)} stroke={INK} />
        <line x1={LEFT} y1={TOP} x2={LEFT} y2={y(0)} stroke={INK} />
        {[0, top / 2, top].map((v) => <text x={LEFT - 6} y={y(v) + 4} text-anchor="end">{n(v)}</text>)}
        <text x={LEFT} y={HEIGHT - 8}>{shortDay(locale, props.windowStart)}</text>
        <text x={WIDTH - RIGHT} y={HEIGHT - 8} text-anchor="end">{shortDay(locale, end)}</text>
        <text x={(LEFT + WIDTH) / 2} y={HEIGHT - 8} text-anchor="middle">{unit}</text>
        {guideline && (
          <g>
            <line x1={LEFT} y1={y(guideline.value)} x2={WIDTH - RIGHT} y2={y(guideline.value)} stroke={INK} stroke-dasharray="6 4" />
            <text x={WIDTH - RIGHT} y={y(guideline.value) - 5} text-anchor="end">{t('observations.trend.guideline', { value: n(guideline.value), unit, source: guideline.source })}</text>
          </g>
        )}
        {runs.filter((r) => r.length > 1).map((r) => <polyline points={r.map((p) => `${x(p.day).toFixed(1)},${y(p.mean).toFixed(1)}`).join(' ')} fill="none" stroke={INK} stroke-width="2" />)}
        {points.map((p) => (guideline && p.mean > guideline.value ? <rect x={(x(p.day) - 4).toFixed(1)} y={(y(p.mean) - 4).toFixed(1)} width="8" height="8" /> : <circle cx={x(p.day).toFixed(1)} cy={y(p.mean).toFixed(1)} r="3" />))}
      </svg>
    </figure>
  );
}
