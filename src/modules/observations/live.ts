import type { PublishContext } from '../../platform/statistics/index.ts';
import { models, observationTypes, thresholds, type MeasureSpec, type ObservationType } from './models.ts';
import { publishedAggregates, type PublishedAggregate } from './publish.ts';

/** One measure of one device as its register entry shows it: the latest hour and day, 30 daily means, its guideline values. */
export interface MeasureFigures {
  measure: MeasureSpec;
  lastHour: PublishedAggregate | undefined;
  lastDay: PublishedAggregate | undefined;
  /** Daily aggregates of the last 30 days, oldest first (days without a measurement are absent). */
  days: PublishedAggregate[];
  /** Guideline values that apply to this measure (WHO), with their averaging period. */
  guidelines: (typeof thresholds)[string];
}

/** What a register entry's device measured, per model it sent; empty when it never sent anything (or all is past retention). */
export interface SensorFigures {
  /** The first day of the 30-day window (ISO, UTC midnight), so a chart places each day. */
  windowStart: string;
  models: { type: ObservationType; measures: MeasureFigures[] }[];
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** How far back "last hour" looks: an hour older than this is not live any more. */
const LIVE_HOURS = 48;
export const TREND_DAYS = 30;

const latest = (rows: PublishedAggregate[]) => rows.reduce<PublishedAggregate | undefined>((last, r) => (!last || r.start > last.start ? r : last), undefined);

/**
 * The live figures of one register entry, from its own aggregates (never a neighbourhood's), through the same
 * publication path as the pages: people counts are subject to the privacy engine, retention applies.
 */
export async function loadSensorFigures(deps: PublishContext, sensorId: string, now = Date.now()): Promise<SensorFigures> {
  const windowStart = new Date(Math.floor(now / DAY_MS) * DAY_MS - (TREND_DAYS - 1) * DAY_MS).toISOString();
  const sent = await deps.db.selectFrom('observation_aggregate').select('model').distinct().where('sensor_id', '=', sensorId).execute();
  const types = observationTypes.filter((type) => sent.some((r) => r.model === type));
  const perModel = await Promise.all(
    types.map(async (type) => {
      const [hours, days] = await Promise.all([
        publishedAggregates(deps, { model: type, period: 'hour', since: new Date(now - LIVE_HOURS * HOUR_MS).toISOString(), device: sensorId }),
        publishedAggregates(deps, { model: type, period: 'day', since: windowStart, device: sensorId }),
      ]);
      const measures = models[type].measures
        .map((measure) => {
          const mine = (rows: PublishedAggregate[]) => rows.filter((r) => r.measure === measure.key);
          const daily = mine(days);
          return { measure, lastHour: latest(mine(hours)), lastDay: latest(daily), days: daily, guidelines: thresholds[measure.key] ?? [] };
        })
        .filter((m) => m.lastHour !== undefined || m.days.length > 0);
      return { type, measures };
    }),
  );
  return { windowStart, models: perModel.filter((m) => m.measures.length > 0) };
}
