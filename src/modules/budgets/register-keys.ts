import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { accountPersonVoterKey, findByPerson, personVoterKey } from '../verification/index.ts';
import { accountVoterKey } from './secrecy.ts';

// Always claimed in the same order: two transactions claiming the same two keys then wait for each
// other on the first one instead of each holding one and waiting for the other (a deadlock on PostgreSQL).
const inClaimOrder = (keys: string[]): string[] => [...new Set(keys)].sort();

/** Every register key of the person behind an account: the account's, and the person's once the account was ever verified. */
export async function accountKeys(db: Kysely<Database>, userId: string): Promise<string[]> {
  const person = await accountPersonVoterKey(db, userId);
  return inClaimOrder([accountVoterKey(userId), ...(person ? [person] : [])]);
}

/**
 * Every register key of a person known by their keyed hash (a paper ballot by identity): the person's,
 * and the account that holds the hash in the verification register (a deleted one too, while kept).
 */
export async function personKeys(db: Kysely<Database>, hmac: string): Promise<string[]> {
  const holder = await findByPerson(db, hmac);
  return inClaimOrder([personVoterKey(hmac), ...(holder?.user_id ? [accountVoterKey(holder.user_id)] : [])]);
}

/** Whether the person known by any of these keys already voted in the budget. */
export async function votedUnderAny(db: Kysely<Database>, budgetId: string, keys: string[]): Promise<boolean> {
  if (keys.length === 0) return false;
  const row = await db.selectFrom('budget_voter_key').select('voter_key').where('budget_id', '=', budgetId).where('voter_key', 'in', keys).executeTakeFirst();
  return row !== undefined;
}

/**
 * Writes every key of the voter for this budget, inside the ballot's transaction. A key another ballot
 * already holds — committed, or being committed at this very moment on the other channel — fails the
 * primary key, and the whole ballot is rolled back: the database, not a read beforehand, decides.
 */
export async function claimKeys(trx: Kysely<Database>, budgetId: string, keys: string[]): Promise<void> {
  await trx.insertInto('budget_voter_key').values(inClaimOrder(keys).map((voter_key) => ({ budget_id: budgetId, voter_key }))).execute();
}
