import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { IndicatorTable, IndicatorValueTable } from './tables.ts';

export type IndicatorRow = Selectable<IndicatorTable>;
export type IndicatorValueRow = Selectable<IndicatorValueTable>;

/** The catalogue, in its order. */
export function listIndicators(db: Kysely<Database>): Promise<IndicatorRow[]> {
  return db.selectFrom('indicator').selectAll().orderBy('position').orderBy('code').execute();
}

/** The perceived indicators (what surveys may feed), in catalogue order. */
export function listPerceivedIndicators(db: Kysely<Database>): Promise<Pick<IndicatorRow, 'code' | 'name_fr' | 'name_en' | 'dimension'>[]> {
  return db.selectFrom('indicator').select(['code', 'name_fr', 'name_en', 'dimension']).where('kind', '=', 'perceived').orderBy('position').orderBy('code').execute();
}

/** One indicator of the catalogue, if its code exists. */
export function findIndicator(db: Kysely<Database>, code: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom('indicator').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Every period that has at least one value, most recent first. */
export async function listPeriods(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('indicator_value').select('period').distinct().orderBy('period', 'desc').execute();
  return rows.map((r) => r.period);
}

/** Every value of the given periods (all areas, all indicators). */
export function valuesOfPeriods(db: Kysely<Database>, periods: readonly string[]): Promise<IndicatorValueRow[]> {
  if (periods.length === 0) return Promise.resolve([]);
  return db.selectFrom('indicator_value').selectAll().where('period', 'in', periods).execute();
}

/** Every value of one indicator, by period then area. */
export function valuesOfIndicator(db: Kysely<Database>, code: string): Promise<IndicatorValueRow[]> {
  return db.selectFrom('indicator_value').selectAll().where('indicator_code', '=', code).orderBy('period', 'desc').orderBy('area').execute();
}

/** Whether an indicator has any value (then it cannot be deleted). */
export async function countValuesOf(db: Kysely<Database>, code: string): Promise<number> {
  const row = await db.selectFrom('indicator_value').select((eb) => eb.fn.countAll<number>().as('n')).where('indicator_code', '=', code).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Filters of the values export (each optional). */
export interface ValueFilter {
  indicator?: string;
  area?: string;
  period?: string;
}

/**
 * The values matching a filter, a page at a time in key order, starting after `after` (keyset
 * pagination: an export of a million values never holds them all in memory).
 */
export function pageOfValues(db: Kysely<Database>, filter: ValueFilter, after: Pick<IndicatorValueRow, 'indicator_code' | 'area' | 'period'> | null, limit: number): Promise<IndicatorValueRow[]> {
  let query = db.selectFrom('indicator_value').selectAll();
  if (filter.indicator) query = query.where('indicator_code', '=', filter.indicator);
  if (filter.area) query = query.where('area', '=', filter.area);
  if (filter.period) query = query.where('period', '=', filter.period);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('indicator_code', '>', after.indicator_code),
        eb.and([eb('indicator_code', '=', after.indicator_code), eb('area', '>', after.area)]),
        eb.and([eb('indicator_code', '=', after.indicator_code), eb('area', '=', after.area), eb('period', '>', after.period)]),
      ]),
    );
  }
  return query.orderBy('indicator_code').orderBy('area').orderBy('period').limit(limit).execute();
}
