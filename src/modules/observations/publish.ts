import { publishStatistic, type PublishContext, type PublishedValue } from '../../platform/statistics/index.ts';
import { models } from './models.ts';
import { listAggregates, type AggregateFilter, type AggregateRow } from './queries.ts';

/** An aggregate as published: people counts below the small-count threshold lose their figures. */
export interface PublishedAggregate extends Omit<AggregateRow, 'sum' | 'mean' | 'min' | 'max'> {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Set when the figures were withheld: fewer than this many people were counted in the period. */
  fewerThan?: number;
}

const rowKey = (r: AggregateRow) => `${r.area ?? ''}|${r.device ?? ''}|${r.period}|${r.start}|${r.measure}`;
const rounded = (x: number) => Math.round(x * 100) / 100;

/**
 * The aggregates of one model as the public sees them. People counts go through the privacy engine:
 * the people counted in each cell form a count table, and a cell under the small-count rule shows no figure.
 */
export async function publishedAggregates(deps: PublishContext, filter: AggregateFilter): Promise<PublishedAggregate[]> {
  const rows = await listAggregates(deps.db, filter);
  const strip = (r: AggregateRow): PublishedAggregate => ({ area: r.area, device: r.device, period: r.period, start: r.start, measure: r.measure, count: r.count, mean: rounded(r.mean), min: rounded(r.min), max: rounded(r.max) });
  if (!models[filter.model].countsPeople) return rows.map(strip);
  const cells = Object.fromEntries(rows.map((r) => [rowKey(r), Math.round(r.sum)]));
  const { statistic } = await publishStatistic(deps, { dataset: { key: 'observations:people' }, description: 'People counted per neighbourhood or device and period', tables: { people: { cells } } });
  const published = statistic.tables.people.cells;
  return rows.map((r) => {
    const figure: PublishedValue | undefined = published[rowKey(r)];
    if (figure && 'fewerThan' in figure) return { ...strip(r), mean: null, min: null, max: null, fewerThan: figure.fewerThan };
    return strip(r);
  });
}

