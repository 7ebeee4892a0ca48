import type { Child } from 'hono/jsx';
import { dimensions, type Dimension, type KindScore } from '../../../engines/indicators/index.ts';
import { formatNumber } from '../../../platform/i18n/index.ts';
import type { Column } from '../../../web/data-table.tsx';
import type { PageContext } from '../../../web/layout.tsx';

/** A dimension score as text: signed, two decimals, or "not shown" when coverage is too low. */
export function scoreText(ctx: PageContext, score: number | null): string {
  if (score === null) return ctx.t('indicators.notShown');
  return formatNumber(ctx.locale, score, { maximumFractionDigits: 2, minimumFractionDigits: 2, signDisplay: 'exceptZero' });
}

/** A score cell's content with its coverage, e.g. "+0.42 (100 %)". */
export function KindCell(props: { ctx: PageContext; kind: KindScore }) {
  const { ctx, kind } = props;
  return (
    <>
      {scoreText(ctx, kind.score)} <span class="meta">({percent(ctx, kind.coverage)})</span>
    </>
  );
}

/** The columns of a table with one area per row (its header cell) and the six dimensions, in their order. */
export function areaDimensionColumns<Row>(ctx: PageContext, area: (row: Row) => Child, cell: (row: Row, dimension: Dimension, index: number) => Child): Column<Row>[] {
  const { t } = ctx;
  return [
    { header: t('indicators.area'), rowHeader: true, cell: area },
    ...dimensions.map((d, i) => ({ header: t(`indicators.dimension.${d}`), cell: (row: Row) => cell(row, d, i) })),
  ];
}

/** A share (0..1) as a percentage in the reader's language. */
export const percent = (ctx: PageContext, share: number) => formatNumber(ctx.locale, share, { style: 'percent', maximumFractionDigits: 0 });

/** A raw indicator value with its unit, e.g. "12,5 µg/m³". */
export function valueText(ctx: PageContext, value: number, unit: string): string {
  return `${formatNumber(ctx.locale, value, { maximumFractionDigits: 2 })} ${unit}`.trim();
}

/** The choice of a period (a plain GET form: works without script). */
export function PeriodPicker(props: { ctx: PageContext; action: string; periods: string[]; current: string; name?: string; label?: string; extra?: Record<string, string> }) {
  const { ctx, periods, current } = props;
  const name = props.name ?? 'period';
  return (
    <form method="get" action={props.action} class="filters">
      {Object.entries(props.extra ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <div class="field">
        <label for={`field-${name}`}>{props.label ?? ctx.t('indicators.period')}</label>
        <select id={`field-${name}`} name={name}>
          {periods.map((p) => (
            <option value={p} selected={p === current}>{p}</option>
          ))}
        </select>
      </div>
      <button type="submit">{ctx.t('indicators.show')}</button>
    </form>
  );
}

/** Links between the profile pages, kept the same on each. */
export function ProfileNav(props: { ctx: PageContext; period: string }) {
  const { t } = props.ctx;
  const q = `?period=${encodeURIComponent(props.period)}`;
  return (
    <nav aria-label={t('indicators.nav.label')}>
      <ul class="inline-list">
        <li><a href={`/city-profile${q}`}>{t('indicators.nav.city')}</a></li>
        <li><a href={`/city-profile/compare${q}&dimension=${dimensions[0]}`}>{t('indicators.nav.compare')}</a></li>
        <li><a href="/city-profile/change">{t('indicators.nav.change')}</a></li>
        <li><a href="/indicators">{t('indicators.nav.catalogue')}</a></li>
        <li><a href="/participation">{t('indicators.nav.participation')}</a></li>
      </ul>
    </nav>
  );
}
