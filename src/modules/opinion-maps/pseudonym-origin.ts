import { createHmac, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { addressKey } from '../../platform/client-address.ts';

/**
 * Where pseudonymous participants come from, without ever storing where: each join is counted under a
 * keyed hash of the client's network (the IPv4 address, or the /64 block of an IPv6 address) for one
 * UTC day. The key is derived from the server secret and the day, so a database dump alone cannot be
 * matched against addresses, and the hash itself is erased once its day is over (only the counts stay).
 */

/** At most this many pseudonymous participants may join one map from one network in one UTC day. */
export const PSEUDONYMS_PER_NETWORK_PER_DAY = 100;

/** The UTC day (YYYY-MM-DD) of a moment. */
export const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

/** Seconds left until the next UTC day, when a network's daily count starts again. */
export const secondsUntilNextUtcDay = (now: Date): number => Math.ceil((Date.parse(`${utcDay(now)}T00:00:00Z`) + 86_400_000 - now.getTime()) / 1000);

/**
 * The keyed hash of a client's network for one UTC day (different every day, useless without the server
 * secret). The network is the address as per-address limits count it: IPv4 as it is, IPv6 by its /64.
 */
export function networkKey(secret: string, address: string, day: string): string {
  const dayKey = createHmac('sha256', secret).update(`opinion-pseudonym-origin:${day}`).digest();
  return createHmac('sha256', dayKey).update(addressKey(address) ?? address).digest('base64url').slice(0, 32);
}

/** Counts one more pseudonymous participant of a map from a network today; returns how many joined from it today. */
export async function countPseudonymJoin(trx: Kysely<Database>, mapId: string, key: string, day: string): Promise<number> {
  const row = await trx
    .insertInto('opinion_pseudonym_origin')
    .values({ id: randomUUID(), map_id: mapId, day, address_key: key, pseudonyms: 1 })
    .onConflict((oc) => oc.columns(['map_id', 'day', 'address_key']).doUpdateSet({ pseudonyms: sql`opinion_pseudonym_origin.pseudonyms + 1` }))
    .returning('pseudonyms')
    .executeTakeFirstOrThrow();
  return Number(row.pseudonyms);
}

/** Erases the network hashes of days that are over: their counts stay, tied to no network. */
export async function forgetPastNetworks(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.updateTable('opinion_pseudonym_origin').set({ address_key: null }).where('day', '<', utcDay(now)).where('address_key', 'is not', null).execute();
}

/** How many of a map's pseudonymous participants joined alone from their network that day, with 2–10 others, or with more than 10. */
export interface PseudonymOrigins {
  pseudonymous: number;
  alone: number;
  fewPerNetwork: number;
  manyPerNetwork: number;
  /** Joined before counting began (no origin recorded). */
  uncounted: number;
  /** The largest numbers of pseudonyms that came from one network in one day (at most five, largest first; networks that sent one are left out). */
  largestFromOneNetwork: number[];
}

/** How many of the largest single-network arrivals the host page lists. */
const LARGEST_SHOWN = 5;

/** The distribution shown to a map's hosts: counts only, never a network. */
export async function pseudonymOrigins(db: Kysely<Database>, mapId: string): Promise<PseudonymOrigins> {
  const [rows, participants] = await Promise.all([
    db.selectFrom('opinion_pseudonym_origin').select('pseudonyms').where('map_id', '=', mapId).execute(),
    db.selectFrom('opinion_participant').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', mapId).where('browser_key', 'is not', null).executeTakeFirstOrThrow(),
  ]);
  const counts = rows.map((r) => Number(r.pseudonyms)).sort((a, b) => b - a);
  const origins: PseudonymOrigins = { pseudonymous: Number(participants.n), alone: 0, fewPerNetwork: 0, manyPerNetwork: 0, uncounted: 0, largestFromOneNetwork: [] };
  for (const n of counts) {
    if (n === 1) origins.alone += 1;
    else if (n <= 10) origins.fewPerNetwork += n;
    else origins.manyPerNetwork += n;
  }
  origins.uncounted = Math.max(0, origins.pseudonymous - origins.alone - origins.fewPerNetwork - origins.manyPerNetwork);
  origins.largestFromOneNetwork = counts.filter((n) => n > 1).slice(0, LARGEST_SHOWN);
  return origins;
}
