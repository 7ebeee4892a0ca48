import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { VerificationMethod } from '../processes/index.ts';
import type { IdentityVerificationTable } from './tables.ts';

/** A verification as the register holds it. */
export type VerificationRow = IdentityVerificationTable;

/** The city's verification settings: which methods are offered and how long a verification lasts. */
export interface VerificationSettings {
  census: boolean;
  letter: boolean;
  desk: boolean;
  validityDays: number;
  censusRows: number;
  censusImportedAt: string | null;
}

const SETTINGS_ID = 'city';

/** The city's settings (every method off, one year, until an admin chooses). */
export async function readVerificationSettings(db: Kysely<Database>): Promise<VerificationSettings> {
  const row = await db.selectFrom('verification_settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
  return {
    census: row?.census_enabled === 1,
    letter: row?.letter_enabled === 1,
    desk: row?.desk_enabled === 1,
    validityDays: row ? Number(row.validity_days) : 365,
    censusRows: row ? Number(row.census_rows) : 0,
    censusImportedAt: row?.census_imported_at ?? null,
  };
}

/** Makes sure the settings row exists (every later write is then an update). */
export async function ensureSettingsRow(db: Kysely<Database>): Promise<void> {
  await db.insertInto('verification_settings').values({ id: SETTINGS_ID, census_imported_at: null }).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** Writes some of the settings columns. */
export async function updateSettingsRow(db: Kysely<Database>, values: Partial<{ census_enabled: number; letter_enabled: number; desk_enabled: number; validity_days: number; census_rows: number; census_imported_at: string }>): Promise<void> {
  await ensureSettingsRow(db);
  await db.updateTable('verification_settings').set(values).where('id', '=', SETTINGS_ID).execute();
}

/** The account's verification, live or expired, if it has one. */
export function findVerification(db: Kysely<Database>, userId: string): Promise<VerificationRow | undefined> {
  return db.selectFrom('identity_verification').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Whether a verification still holds at `now`. */
export const isLive = (row: Pick<VerificationRow, 'expires_at'>, now: Date = new Date()): boolean => row.expires_at > now.toISOString();

/** What recording a verification needs. */
export interface NewVerification {
  userId: string;
  method: VerificationMethod;
  neighbourhoodId: string | null;
  personHmac: string;
  verifiedBy: string | null;
  validityDays: number;
}

/**
 * Records (or renews) an account's verification. 'taken' when the same person already verifies another
 * account, or a deleted account's hash is still held for an open vote: one person, one account.
 * The unique keys decide when two requests race.
 */
export async function recordVerification(db: Kysely<Database>, v: NewVerification, now: Date = new Date()): Promise<'recorded' | 'taken'> {
  const values = {
    method: v.method,
    neighbourhood_id: v.neighbourhoodId,
    person_hmac: v.personHmac,
    verified_at: now.toISOString(),
    expires_at: new Date(now.getTime() + v.validityDays * 86_400_000).toISOString(),
    verified_by: v.verifiedBy,
  };
  try {
    return await db.transaction().execute(async (trx) => {
      const holder = await trx.selectFrom('identity_verification').select(['user_id']).where('person_hmac', '=', v.personHmac).executeTakeFirst();
      if (holder && holder.user_id !== v.userId) return 'taken';
      const own = await trx.selectFrom('identity_verification').select('id').where('user_id', '=', v.userId).executeTakeFirst();
      // Renewing keeps the row (and what it was used for), so a deleted account's hash stays held as long as it must.
      if (own) await trx.updateTable('identity_verification').set(values).where('id', '=', own.id).execute();
      else await trx.insertInto('identity_verification').values({ id: randomUUID(), user_id: v.userId, ...values }).execute();
      return 'recorded';
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

/** The register entry of a person by their keyed hash (whether or not an account still holds it). */
export function findByPerson(db: Kysely<Database>, hmac: string): Promise<VerificationRow | undefined> {
  return db.selectFrom('identity_verification').selectAll().where('person_hmac', '=', hmac).executeTakeFirst();
}
