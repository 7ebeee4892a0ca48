import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { aggregateMean } from './fold.ts';
import type { ObservationType } from './models.ts';

/** One published aggregate: a neighbourhood's (device null) or one device's. */
export interface AggregateRow {
  area: string | null;
  device: string | null;
  period: 'hour' | 'day';
  start: string;
  measure: string;
  count: number;
  sum: number;
  mean: number;
  min: number;
  max: number;
}

interface RawAggregate {
  area: string | null;
  device: string | null;
  period: string;
  start: string;
  measure: string;
  count: number | string;
  sum: number | string;
  min: number | string;
  max: number | string;
  energy: number | string | null;
}

// PostgreSQL returns sums of integers as strings (bigint); the numbers are small enough for a double.
function present(r: RawAggregate): AggregateRow {
  const count = Number(r.count);
  const sum = Number(r.sum);
  const energy = r.energy === null ? null : Number(r.energy);
  return { area: r.area, device: r.device, period: r.period as 'hour' | 'day', start: r.start, measure: r.measure, count, sum, mean: aggregateMean({ count, sum, energy }), min: Number(r.min), max: Number(r.max) };
}

/** Which aggregates are read: one model and period since a time, optionally one neighbourhood or one device (register id). */
export interface AggregateFilter {
  model: ObservationType;
  period: 'hour' | 'day';
  since: string;
  area?: string;
  device?: string;
}

/** Per register entry with a declared retention (or only `sensorId`'s), the start before which its aggregates are past it. */
export async function retentionCutoffs(db: Kysely<Database>, now = Date.now(), sensorId?: string): Promise<{ sensorId: string; before: string }[]> {
  const rows = await db
    .selectFrom('register_sensor')
    .select(['id', 'retention_days'])
    .where('retention_days', 'is not', null)
    .$if(sensorId !== undefined, (q) => q.where('id', '=', sensorId!))
    .execute();
  return rows.map((r) => ({ sensorId: r.id, before: new Date(now - Number(r.retention_days) * 86_400_000).toISOString() }));
}

/**
 * Aggregates of one model since a time: per neighbourhood (all its devices together) and per device, oldest first.
 * Cells past their register entry's retention are left out even before the pruning deletes them, so a shortened
 * retention applies at once.
 */
export async function listAggregates(db: Kysely<Database>, filter: AggregateFilter, now = Date.now()): Promise<AggregateRow[]> {
  // One device's page needs only its own cutoff, not a clause per sensor of the register.
  const expired = await retentionCutoffs(db, now, filter.device);
  const base = db
    .selectFrom('observation_aggregate as a')
    .leftJoin('neighbourhood as n', 'n.id', 'a.neighbourhood_id')
    .where('a.model', '=', filter.model)
    .where('a.period', '=', filter.period)
    .where('a.start', '>=', filter.since)
    .$if(filter.area !== undefined, (q) => q.where('n.slug', '=', filter.area!))
    .$if(filter.device !== undefined, (q) => q.where('a.sensor_id', '=', filter.device!))
    .$if(expired.length > 0, (q) => q.where((eb) => eb.not(eb.or(expired.map((e) => eb.and([eb('a.sensor_id', '=', e.sensorId), eb('a.start', '<', e.before)]))))));
  const [byArea, byDevice] = await Promise.all([
    filter.device !== undefined ? [] : base
      .where('a.neighbourhood_id', 'is not', null)
      .select(['n.slug as area', sql<null>`null`.as('device'), 'a.period', 'a.start', 'a.measure'])
      .select((eb) => [eb.fn.sum<number>('a.count').as('count'), eb.fn.sum<number>('a.sum').as('sum'), eb.fn.min<number>('a.min').as('min'), eb.fn.max<number>('a.max').as('max'), eb.fn.sum<number | null>('a.energy').as('energy')])
      .groupBy(['n.slug', 'a.period', 'a.start', 'a.measure'])
      .orderBy('a.start')
      .orderBy('n.slug')
      .orderBy('a.measure')
      .execute(),
    base.select(['n.slug as area', 'a.sensor_id as device', 'a.period', 'a.start', 'a.measure', 'a.count', 'a.sum', 'a.min', 'a.max', 'a.energy']).orderBy('a.start').orderBy('a.sensor_id').orderBy('a.measure').execute(),
  ]);
  return [...byArea.map(present), ...byDevice.map(present)];
}

/** Entities refused since a day, per reason (for the register dashboard). */
export async function countRefusals(db: Kysely<Database>, sinceDay: string): Promise<{ reason: string; count: number }[]> {
  const rows = await db.selectFrom('observation_refusal').select('reason').select((eb) => eb.fn.sum<number>('count').as('count')).where('day', '>=', sinceDay).groupBy('reason').orderBy('reason').execute();
  return rows.map((r) => ({ reason: r.reason, count: Number(r.count) }));
}

