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

const measureKeys = [...measureByKey.keys()];
const measureIndex = new Map(measureKeys.map((key, i) => [key, i]));
const energetic = measureKeys.map((key) => measureByKey.get(key)!.measure.averaging === 'energetic');

/** Folds observations of known devices into hourly and daily cells, in memory; the raw values go no further. */
export function foldObservations(items: readonly { observation: ParsedObservation; sensorId: string; neighbourhoodId: string | null }[]): AggregateCell[] {
  // Cells per device, found by a number (hour or day, measure, period): no key string is built per observation.
  const devices = new Map<string, Map<number, AggregateCell>>();
  const cells: AggregateCell[] = [];
  const add = (byNumber: Map<number, AggregateCell>, item: (typeof items)[number], key: string, measure: number, period: 'hour' | 'day', bucket: number, value: number, energy: number | null) => {
    const id = (bucket * measureKeys.length + measure) * 2 + (period === 'hour' ? 0 : 1);
    const cell = byNumber.get(id);
    if (!cell) {
      const start = new Date(bucket * (period === 'hour' ? HOUR_MS : DAY_MS)).toISOString();
      const created = { sensorId: item.sensorId, neighbourhoodId: item.neighbourhoodId, model: item.observation.type, measure: key, period, start, count: 1, sum: value, min: value, max: value, energy };
      byNumber.set(id, created);
      cells.push(created);
      return;
    }
    cell.count += 1;
    cell.sum += value;
    if (value < cell.min) cell.min = value;
    if (value > cell.max) cell.max = value;
    if (cell.energy !== null && energy !== null) cell.energy += energy;
  };
  for (const item of items) {
    let byNumber = devices.get(item.sensorId);
    if (!byNumber) devices.set(item.sensorId, (byNumber = new Map()));
    const hour = Math.floor(item.observation.observedAt / HOUR_MS);
    const day = Math.floor(item.observation.observedAt / DAY_MS);
    for (const { key, value } of item.observation.values) {
      const measure = measureIndex.get(key)!;
      const energy = energetic[measure] ? 10 ** (value / 10) : null;
      add(byNumber, item, key, measure, 'hour', hour, value, energy);
      add(byNumber, item, key, measure, 'day', day, value, energy);
    }
  }
  return cells;
}

/** The mean an aggregate stands for: energetic for dB measures (10·log10 of the mean energy), arithmetic otherwise. */
export function aggregateMean(row: { count: number; sum: number; energy: number | null }): number {
  if (row.count === 0) return 0;
  return row.energy !== null ? 10 * Math.log10(row.energy / row.count) : row.sum / row.count;
}
