import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Identity } from './identity.ts';

/** The participant row of an identity in a map, or undefined when they have not taken part yet. */
export async function findParticipantId(db: Kysely<Database>, mapId: string, identity: Identity | null): Promise<string | undefined> {
  if (!identity) return undefined;
  let query = db.selectFrom('opinion_participant').select('id').where('map_id', '=', mapId);
  query = identity.kind === 'user' ? query.where('user_id', '=', identity.userId) : query.where('browser_key', '=', identity.key);
  return (await query.executeTakeFirst())?.id;
}

/** The participant row of an identity, created on first use (the unique constraints settle a race); `created` when this call made it. */
export async function participantIdFor(db: Kysely<Database>, mapId: string, identity: Identity): Promise<{ id: string; created: boolean }> {
  const found = await findParticipantId(db, mapId, identity);
  if (found) return { id: found, created: false };
  const row = {
    id: randomUUID(),
    map_id: mapId,
    user_id: identity.kind === 'user' ? identity.userId : null,
    browser_key: identity.kind === 'browser' ? identity.key : null,
    created_at: new Date().toISOString(),
  };
  const inserted = await db
    .insertInto('opinion_participant')
    .values(row)
    .onConflict((oc) => oc.columns(identity.kind === 'user' ? ['map_id', 'user_id'] : ['map_id', 'browser_key']).doNothing())
    .executeTakeFirst();
  return { id: (await findParticipantId(db, mapId, identity)) as string, created: Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0 };
}

/** Text compared for duplicates: no accents, case, punctuation or repeated spaces. */
export function normalizeStatement(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
