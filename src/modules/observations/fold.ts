import { measureByKey } from './models.ts';
import type { ParsedObservation } from './parse-entity.ts';

/** One aggregate cell being filled: a measure of a device over an hour or a day. */
export interface AggregateCell {
  sensorId: string;
  neighbourhoodId: string | null;
  model: string;
  measure: string;
  period: 'hour' | 'day';
  start: string;
  count: number;
  sum: number;
  min: number;
  max: number;
  energy: number | null;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** The ISO start (UTC) of the hour or day a time falls in. */
export function periodStart(period: 'hour' | 'day', at: number): string {
  const size = period === 'hour' ? HOUR_MS : DAY_MS;
  return new Date(Math.floor(at / size) * size).toISOString();
}

/** Folds observations of known devices into hourly and daily cells, in memory; the raw values go no further. */
export function foldObservations(items: readonly { observation: ParsedObservation; sensorId: string; neighbourhoodId: string | null }[]): AggregateCell[] {
  const cells = new Map<string, AggregateCell>();
  for (const { observation, sensorId, neighbourhoodId } of items) {
    for (const { key, value } of observation.values) {
      const energetic = measureByKey.get(key)?.measure.averaging === 'energetic';
      for (const period of ['hour', 'day'] as const) {
        const start = periodStart(period, observation.observedAt);
        const id = `${sensorId}\u0000${key}\u0000${period}\u0000${start}`;
        const cell = cells.get(id);
        if (!cell) {
          cells.set(id, { sensorId, neighbourhoodId, model: observation.type, measure: key, period, start, count: 1, sum: value, min: value, max: value, energy: energetic ? 10 ** (value / 10) : null });
          continue;
        }
        cell.count += 1;
        cell.sum += value;
        if (value < cell.min) cell.min = value;
        if (value > cell.max) cell.max = value;
        if (cell.energy !== null) cell.energy += 10 ** (value / 10);
      }
    }
  }
  return [...cells.values()];
}

/** The mean an aggregate stands for: energetic for dB measures (10·log10 of the mean energy), arithmetic otherwise. */
export function aggregateMean(row: { count: number; sum: number; energy: number | null }): number {
  if (row.count === 0) return 0;
  return row.energy !== null ? 10 * Math.log10(row.energy / row.count) : row.sum / row.count;
}
