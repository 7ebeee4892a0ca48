import { formatNumber } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { measureByKey } from '../models.ts';
import type { PublishedAggregate } from '../publish.ts';

/** A published mean with its unit, "fewer than 5 people" when withheld, or a dash when nothing was measured. */
export function MeanFigure(props: { ctx: PageContext; row: PublishedAggregate | undefined }) {
  const { ctx, row } = props;
  if (!row) return <>–</>;
  if (row.fewerThan !== undefined) return <>{ctx.t('statistics.fewerThan', { n: row.fewerThan })}</>;
  const measure = measureByKey.get(row.measure)?.measure;
  if (row.measure === 'parking' || row.measure === 'occupancy') return <>{formatNumber(ctx.locale, row.mean ?? 0, { style: 'percent', maximumFractionDigits: 0 })}</>;
  return <>{formatNumber(ctx.locale, row.mean ?? 0, { maximumFractionDigits: 1 })}{measure?.unit ? ` ${measure.unit}` : ''}</>;
}

/** The latest row of each measure. */
export function latestByMeasure(rows: PublishedAggregate[]): Map<string, PublishedAggregate> {
  const latest = new Map<string, PublishedAggregate>();
  for (const r of rows) if (!latest.has(r.measure) || latest.get(r.measure)!.start < r.start) latest.set(r.measure, r);
  return latest;
}
