import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { dialectOf } from '../../db/full-text.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { ParsedObservation } from './parse-entity.ts';

// 66 bits of a hash of entity id and observed time: two different observations of one device in one hour
// share a key with odds of about n²/2⁶⁷ (n = 3,600 a second-by-second device: 1 in 10¹³).
const KEY_LENGTH = 11;
const HOUR_MS = 3_600_000;
const GROUPS_PER_QUERY = 300;

/** The idempotency key of an observation: entity id and observed time, hashed (no entity id is kept in clear). */
export const observationKey = (o: ParsedObservation): string => hash('sha1', `${o.id}|${o.observedAt}`, 'base64url').slice(0, KEY_LENGTH);

/** A batch's observations of one device and observed hour, each with its key. */
export interface SightingGroup<T> {
  sensorId: string;
  hour: string;
  items: { key: string; item: T }[];
}

/**
 * The batch's observations grouped per device and observed hour with their keys, in key order (so concurrent
 * batches lock rows in one order). Pure work: done before the write transaction, which it does not lengthen.
 */
export function groupSightings<T extends { observation: ParsedObservation; sensorId: string }>(items: readonly T[]): SightingGroup<T>[] {
  // Per device, groups by the number of their hour: no key string is built per observation.
  const devices = new Map<string, Map<number, SightingGroup<T>>>();
  const groups: SightingGroup<T>[] = [];
  for (const item of items) {
    const bucket = Math.floor(item.observation.observedAt / HOUR_MS);
    let byHour = devices.get(item.sensorId);
    if (!byHour) devices.set(item.sensorId, (byHour = new Map()));
    let group = byHour.get(bucket);
    if (!group) {
      byHour.set(bucket, (group = { sensorId: item.sensorId, hour: new Date(bucket * HOUR_MS).toISOString(), items: [] }));
      groups.push(group);
    }
    group.items.push({ key: observationKey(item.observation), item });
  }
  return groups.sort((a, b) => (a.sensorId < b.sensorId ? -1 : a.sensorId > b.sensorId ? 1 : a.hour < b.hour ? -1 : a.hour > b.hour ? 1 : 0));
}

/**
 * Records the batch's idempotency keys inside the caller's transaction and returns the observations never
 * seen before, in three statements whatever the number of device-hours (up to 300 of them): on PostgreSQL
 * the rows are created first, then read FOR UPDATE, so a concurrent batch of the same device waits for this
 * one's commit instead of counting the same observation from a stale read; on SQLite the transaction already
 * holds the write lock (BEGIN IMMEDIATE) and the read comes first. One upsert then appends every group's new keys.
 */
export async function keepFirstSightings<T>(trx: Kysely<Database>, groups: readonly SightingGroup<T>[], now: number): Promise<T[]> {
  const seenAt = new Date(now).toISOString();
  const kept: T[] = [];
  const lockFirst = dialectOf(trx) === 'postgres';
  for (let i = 0; i < groups.length; i += GROUPS_PER_QUERY) {
    const slice = groups.slice(i, i + GROUPS_PER_QUERY);
    if (lockFirst) await trx.insertInto('observation_seen').values(slice.map((g) => ({ sensor_id: g.sensorId, hour: g.hour, keys: '', seen_at: seenAt }))).onConflict((oc) => oc.doNothing()).execute();
    const rows = await forUpdate(trx, trx.selectFrom('observation_seen').select(['sensor_id', 'hour', 'keys']).where((eb) => eb(eb.refTuple('sensor_id', 'hour'), 'in', slice.map((g) => eb.tuple(g.sensorId, g.hour))))).execute();
    const stored = new Map(rows.map((r) => [`${r.sensor_id}\u0000${r.hour}`, r.keys]));
    const appended: { sensor_id: string; hour: string; keys: string; seen_at: string }[] = [];
    for (const group of slice) {
      const keys = stored.get(`${group.sensorId}\u0000${group.hour}`) ?? '';
      const seen = new Set<string>();
      for (let k = 0; k < keys.length; k += KEY_LENGTH) seen.add(keys.slice(k, k + KEY_LENGTH));
      let added = '';
      for (const { key, item } of group.items) {
        if (seen.has(key)) continue;
        seen.add(key);
        added += key;
        kept.push(item);
      }
      if (added) appended.push({ sensor_id: group.sensorId, hour: group.hour, keys: added, seen_at: seenAt });
    }
    if (appended.length === 0) continue;
    await trx
      .insertInto('observation_seen')
      .values(appended)
      .onConflict((oc) => oc.columns(['sensor_id', 'hour']).doUpdateSet({ keys: sql`observation_seen.keys || excluded.keys`, seen_at: sql`excluded.seen_at` }))
      .execute();
  }
  return kept;
}

/** Forgets the keys of device-hours last written before `before` (ISO time). */
export async function forgetSightings(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('observation_seen').where('seen_at', '<', before).execute();
}
