import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CITY, recordMeasuredValues, type MeasuredValue } from '../indicators/index.ts';
import { listAggregates } from './queries.ts';

/** The air measures whose key is also the code of an annual-mean indicator of the starter catalogue (SDG 11.6.2 for PM2.5). */
const FED_MEASURES = ['pm25', 'pm10', 'no2'] as const;
/** Shown beside each value on the indicator pages: where it comes from and how it was computed. */
export const SENSOR_SOURCE = 'Capteurs du registre public : moyenne des moyennes journalières';

/**
 * Share of a year's days an area must have measured for its annual mean to be published. The EU Air Quality
 * Directive (2008/50/EC, Annex I) asks 90 % data capture of its reference stations, calibration and maintenance
 * aside; a city's sensor network is not a reference network and loses days to power, radio and maintenance:
 * 75 %, with the reason written on the admin page and in docs/decisions/0007-annual-mean-coverage.md.
 */
export const MIN_DAY_COVERAGE = 0.75;
const DAY_MS = 86_400_000;

/** An annual mean left unpublished: the area measured too few of the year's days. */
export interface SkippedMean {
  indicator: string;
  area: string;
  /** Days with at least one daily aggregate of that measure in the area. */
  days: number;
  daysInYear: number;
  /** The fewest days that would have been enough. */
  required: number;
}

/** Days in a year (365 or 366) and the fewest of them an annual mean needs. */
export function coverageRule(year: number): { daysInYear: number; required: number } {
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  return { daysInYear, required: Math.ceil(MIN_DAY_COVERAGE * daysInYear) };
}

interface Day {
  sum: number;
  count: number;
}

/** The mean of the daily means: every measured day weighs the same, however many observations it holds. */
function meanOfDays(days: Map<string, Day>): number {
  const means = [...days.values()].map((d) => d.sum / d.count);
  return Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 100) / 100;
}

/**
 * Annual means of a year, per neighbourhood and for the whole city, from the sensors' daily aggregates: for each
 * air measure the catalogue holds as an objective indicator, the mean of the daily means of that area. The value's
 * `n` stays empty: the indicator pages read it as a number of survey answers. Days past a sensor's retention are not counted.
 * An area that measured fewer days than the coverage rule asks gets no value: it is listed in `skipped` with its count.
 */
export async function annualMeansFromSensors(db: Kysely<Database>, year: number): Promise<{ indicators: string[]; values: MeasuredValue[]; skipped: SkippedMean[] }> {
  const from = `${year}-01-01T00:00:00.000Z`;
  const until = `${year + 1}-01-01T00:00:00.000Z`;
  const rows = (await listAggregates(db, { model: 'AirQualityObserved', period: 'day', since: from })).filter((r) => r.start < until);
  const indicators = await db.selectFrom('indicator').select('code').where('kind', '=', 'objective').where('code', 'in', [...FED_MEASURES]).execute();
  const values: MeasuredValue[] = [];
  const skipped: SkippedMean[] = [];
  const { daysInYear, required } = coverageRule(year);
  for (const { code } of indicators) {
    const byArea = new Map<string, Map<string, Day>>();
    const add = (area: string, start: string, sum: number, count: number) => {
      const days = byArea.get(area) ?? byArea.set(area, new Map()).get(area)!;
      const day = days.get(start) ?? { sum: 0, count: 0 };
      days.set(start, { sum: day.sum + sum, count: day.count + count });
    };
    for (const r of rows.filter((row) => row.measure === code)) {
      // Neighbourhood rows (device null) make the neighbourhoods' days; device rows, all together, the city's.
      if (r.device === null && r.area !== null) add(r.area, r.start, r.sum, r.count);
      if (r.device !== null) add(CITY, r.start, r.sum, r.count);
    }
    for (const [area, days] of byArea) {
      if (days.size >= required) values.push({ indicator: code, area, value: meanOfDays(days), n: null });
      else skipped.push({ indicator: code, area, days: days.size, daysInYear, required });
    }
  }
  return { indicators: indicators.map((i) => i.code), values, skipped };
}

/**
 * Computes a year's annual means from the sensors and stores them as indicator values, replacing this feed's
 * earlier ones for that year (a skipped area loses its earlier value: the data no longer supports one).
 */
export async function feedIndicators(db: Kysely<Database>, year: number): Promise<{ values: MeasuredValue[]; skipped: SkippedMean[] }> {
  const { indicators, values, skipped } = await annualMeansFromSensors(db, year);
  await recordMeasuredValues(db, { period: String(year), source: SENSOR_SOURCE, indicators }, values);
  return { values, skipped };
}
