import { hash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { ParsedObservation } from './parse-entity.ts';

// 66 bits of a hash of entity id and observed time: two different observations of one device in one hour
// share a key with odds of about n²/2⁶⁷ (n = 3,600 a second-by-second device: 1 in 10¹³).
const KEY_LENGTH = 11;
const HOUR_MS = 3_600_000;
const GROUPS_PER_QUERY = 300;

/** The idempotency key of an observation: entity id and observed time, hashed (no entity id is kept in clear). */
export const observationKey = (o: ParsedObservation): string => hash('sha1', `${o.id}|${o.observedAt}`, 'base64url').slice(0, KEY_LENGTH);

interface Group<T> {
  sensorId: string;
  hour: string;
  items: { key: string; item: T }[];
}

/** The batch's observations grouped per device and observed hour, in key order (so concurrent batches lock rows in one order). */
function groupByDeviceHour<T extends { observation: ParsedObservation; sensorId: string }>(items: readonly T[]): Group<T>[] {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const bucket = Math.floor(item.observation.observedAt / HOUR_MS);
    const id = `${item.sensorId}\u0000${bucket}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { sensorId: item.sensorId, hour: new Date(bucket * HOUR_MS).toISOString(), items: [] }));
    group.items.push({ key: observationKey(item.observation), item });
  }
  return [...groups.values()].sort((a, b) => (a.sensorId < b.sensorId ? -1 : a.sensorId > b.sensorId ? 1 : a.hour < b.hour ? -1 : a.hour > b.hour ? 1 : 0));
}

/**
 * Records the batch's idempotency keys inside the caller's transaction and returns the observations never
 * seen before. Rows are created first, then read FOR UPDATE on PostgreSQL: a concurrent batch of the same
 * device waits for this one's commit instead of counting the same observation from a stale read.
 */
export async function keepFirstSightings<T extends { observation: ParsedObservation; sensorId: string }>(trx: Kysely<Database>, items: readonly T[], now: number): Promise<T[]> {
  const seenAt = new Date(now).toISOString();
  const kept: T[] = [];
  const groups = groupByDeviceHour(items);
  for (let i = 0; i < groups.length; i += GROUPS_PER_QUERY) {
    const slice = groups.slice(i, i + GROUPS_PER_QUERY);
    await trx.insertInto('observation_seen').values(slice.map((g) => ({ sensor_id: g.sensorId, hour: g.hour, keys: '', seen_at: seenAt }))).onConflict((oc) => oc.doNothing()).execute();
    const rows = await forUpdate(trx, trx.selectFrom('observation_seen').select(['sensor_id', 'hour', 'keys']).where((eb) => eb(eb.refTuple('sensor_id', 'hour'), 'in', slice.map((g) => eb.tuple(g.sensorId, g.hour))))).execute();
    const stored = new Map(rows.map((r) => [`${r.sensor_id}\u0000${r.hour}`, r.keys]));
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
      if (added) await trx.updateTable('observation_seen').set({ keys: sql`keys || ${added}`, seen_at: seenAt }).where('sensor_id', '=', group.sensorId).where('hour', '=', group.hour).execute();
    }
  }
  return kept;
}

/** Forgets the keys of device-hours last written before `before` (ISO time). */
export async function forgetSightings(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('observation_seen').where('seen_at', '<', before).execute();
}
