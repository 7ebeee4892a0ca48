import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { giffingerProfiles, type AreaProfile, type IndicatorDefinition } from '../../engines/indicators/index.ts';
import { listAreas, type Area } from './areas.ts';
import { listIndicators, listPeriods, valuesOfPeriods, type IndicatorRow, type IndicatorValueRow } from './queries.ts';

/** Everything a profile page shows for one period: the areas compared, their profiles and the values behind them. */
export interface PeriodProfile {
  period: string;
  areas: Area[];
  indicators: IndicatorRow[];
  values: IndicatorValueRow[];
  profiles: Map<string, AreaProfile>;
}

const definitions = (indicators: IndicatorRow[]): IndicatorDefinition[] => indicators.map((i) => ({ code: i.code, dimension: i.dimension, factor: i.factor, polarity: i.polarity, kind: i.kind }));

/** The period a page shows when none is asked for: the most recent one with values, or null when there are none. */
export async function latestPeriod(db: Kysely<Database>): Promise<string | null> {
  return (await listPeriods(db))[0] ?? null;
}

/**
 * Giffinger's profile of the city and every neighbourhood for one period: each indicator is
 * standardised across these areas, so a score says how an area stands against the others (the city
 * as a whole among them), not how good it is in absolute terms.
 */
export async function loadPeriodProfile(db: Kysely<Database>, period: string): Promise<PeriodProfile> {
  const [areas, indicators, values] = await Promise.all([listAreas(db), listIndicators(db), valuesOfPeriods(db, [period])]);
  const keys = new Set(areas.map((a) => a.key));
  const observations = values.filter((v) => keys.has(v.area)).map((v) => ({ indicator: v.indicator_code, area: v.area, value: Number(v.value) }));
  const profiles = giffingerProfiles(definitions(indicators), observations, [...keys]);
  return { period, areas, indicators, values, profiles: new Map(profiles.map((p) => [p.area, p])) };
}

/** Two periods compared on one scale: every area of both periods is standardised together. */
export interface ChangeProfile {
  from: string;
  to: string;
  areas: Area[];
  indicators: IndicatorRow[];
  values: IndicatorValueRow[];
  /** Keyed by `area@period`. */
  profiles: Map<string, AreaProfile>;
}

/** The key of an area in one period, in a change profile. */
export const atPeriod = (area: string, period: string) => `${area}@${period}`;

/**
 * Change between two periods. Scores computed period by period cannot be compared (each is relative
 * to its own period), so the indicators are standardised over the areas of both periods pooled:
 * a dimension's score then moves only when the area's values moved relative to the whole pool.
 */
export async function loadChangeProfile(db: Kysely<Database>, from: string, to: string): Promise<ChangeProfile> {
  const [areas, indicators, values] = await Promise.all([listAreas(db), listIndicators(db), valuesOfPeriods(db, [from, to])]);
  const keys = new Set(areas.map((a) => a.key));
  const observations = values.filter((v) => keys.has(v.area)).map((v) => ({ indicator: v.indicator_code, area: atPeriod(v.area, v.period), value: Number(v.value) }));
  const pooled = [...keys].flatMap((k) => [atPeriod(k, from), atPeriod(k, to)]);
  const profiles = giffingerProfiles(definitions(indicators), observations, pooled);
  return { from, to, areas, indicators, values, profiles: new Map(profiles.map((p) => [p.area, p])) };
}
