import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { Refusal } from '../../platform/errors.ts';

/** When the person's current block ends (the latest of their active blocks), or null when they are not blocked. */
export async function blockedUntil(db: Kysely<Database>, userId: string, now = new Date()): Promise<string | null> {
  const row = await db
    .selectFrom('user_block')
    .select('until')
    .where('user_id', '=', userId)
    .where('lifted_at', 'is', null)
    .where('until', '>', now.toISOString())
    .orderBy('until', 'desc')
    .executeTakeFirst();
  return row?.until ?? null;
}

/** Throws the 403 `blocked` refusal (explained, with a way back) while a moderator's block on the person runs. */
export async function assertNotBlocked(db: Kysely<Database>, userId: string): Promise<void> {
  if (await blockedUntil(db, userId)) throw new Refusal(403, 'blocked', 'error.code.blocked');
}
