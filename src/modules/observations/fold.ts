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

const energetic = new Set([...measureByKey].filter(([, { measure }]) => measure.averaging === 'energetic').map(([key]) => key));

/** Folds observations of known devices into hourly and daily cells, in memory; the raw values go no further. */
export function foldObservations(items: readonly { observation: ParsedObservation; sensorId: string; neighbourhoodId: string | null }[]): AggregateCell[] {
  const cells = new Map<string, AggregateCell>();
  // Cells are found by the number of their hour or day; a period's ISO start is written once per new cell.
  const add = (item: (typeof items)[number], key: string, period: 'hour' | 'day', bucket: number, value: number, energy: number | null) => {
    const id = `${item.sensorId}\u0000${key}\u0000${period}${bucket}`;
    const cell = cells.get(id);
    if (!cell) {
      const start = new Date(bucket * (period === 'hour' ? HOUR_MS : DAY_MS)).toISOString();
      cells.set(id, { sensorId: item.sensorId, neighbourhoodId: item.neighbourhoodId, model: item.observation.type, measure: key, period, start, count: 1, sum: value, min: value, max: value, energy });
      return;
    }
    cell.count += 1;
    cell.sum += value;
    if (value < cell.min) cell.min = value;
    if (value > cell.max) cell.max = value;
    if (cell.energy !== null && energy !== null) cell.energy += energy;
  };
  for (const item of items) {
    const hour = Math.floor(item.observation.observedAt / HOUR_MS);
    const day = Math.floor(item.observation.observedAt / DAY_MS);
    for (const { key, value } of item.observation.values) {
      const energy = energetic.has(key) ? 10 ** (value / 10) : null;
      add(item, key, 'hour', hour, value, energy);
      add(item, key, 'day', day, value, energy);
    }
  }
  return [...cells.values()];
}

/** The mean an aggregate stands for: energetic for dB measures (10·log10 of the mean energy), arithmetic otherwise. */
export function aggregateMean(row: { count: number; sum: number; energy: number | null }): number {
  if (row.count === 0) return 0;
  return row.energy !== null ? 10 * Math.log10(row.energy / row.count) : row.sum / row.count;
}
