import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { findVerification } from './register.ts';

/**
 * The voter-register key of a verified person: derived from their keyed hash, so every account the
 * person ever verified, and their paper ballot at the help desk, share one key — one person, one ballot.
 */
export const personVoterKey = (hmac: string): string => `person:${createHash('sha256').update(`cocity-voter:${hmac}`).digest('hex')}`;

/** The voter key of the person behind an account, when the account was ever verified; otherwise null. */
export async function accountPersonVoterKey(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await findVerification(db, userId);
  return row ? personVoterKey(row.person_hmac) : null;
}
