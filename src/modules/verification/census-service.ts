import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { hitRateLimit, type RateRule } from '../../platform/rate-limit.ts';
import { requireAdmin, requireResident } from '../../platform/session.ts';
import { readCensusFile, type CensusLineError } from './census-file.ts';
import { normaliseBirthDate, personHmac } from './person-key.ts';
import { readVerificationSettings, recordVerification, updateSettingsRow } from './register.ts';

// Chunks small enough for SQLite's and PostgreSQL's limits on bound parameters.
const CHUNK = 400;

/**
 * Replaces the census with a new file, all or nothing: every line is checked first (the refused lines
 * come back with their numbers and nothing changes), then the old entries go and the new ones come in
 * one transaction. Verifications already made stay until they expire.
 */
export async function importCensus(db: Kysely<Database>, key: string, user: CurrentUser | null, text: string): Promise<{ ok: true; rows: number } | { ok: false; errors: CensusLineError[] }> {
  const admin = requireAdmin(user);
  const names = await db.selectFrom('neighbourhood').select(['id', 'slug', 'name_fr', 'name_en']).execute();
  const reading = readCensusFile(text, key, names);
  if (!reading.ok) return reading;
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('census_entry').execute();
    for (let i = 0; i < reading.entries.length; i += CHUNK) await trx.insertInto('census_entry').values(reading.entries.slice(i, i + CHUNK)).execute();
    await updateSettingsRow(trx, { census_rows: reading.entries.length, census_imported_at: now });
    await recordAudit(trx, { userId: admin.id }, 'verification.census.import', { type: 'census', id: null }, { rows: reading.entries.length });
  });
  return { ok: true, rows: reading.entries.length };
}

/**
 * Limits on census attempts: each try tells whether an identifier and birth date are on the census,
 * so guesses are few per account and per network address (a library or a school shares one).
 */
export const censusAttemptRules = {
  perAccount: { name: 'verification-census-account', limit: 5, windowSeconds: 3600 },
  perIp: { name: 'verification-census-ip', limit: 30, windowSeconds: 3600 },
} satisfies Record<string, RateRule>;

/** Why a census attempt failed: a catalog key for the form. */
export type CensusRefusal = 'closed' | 'tooMany' | 'birthDate' | 'noMatch' | 'taken';

/** A resident verifies with their identifier and birth date; a census match verifies them for its neighbourhood. */
export async function verifyByCensus(
  db: Kysely<Database>,
  key: string,
  user: CurrentUser | null,
  input: { identifier: string; birthDate: string; address: string },
): Promise<{ ok: true; neighbourhoodId: string } | { ok: false; reason: CensusRefusal }> {
  const resident = requireResident(user);
  const settings = await readVerificationSettings(db);
  if (!settings.census) return { ok: false, reason: 'closed' };
  const byAccount = await hitRateLimit(db, censusAttemptRules.perAccount, resident.id);
  const byAddress = byAccount.allowed ? await hitRateLimit(db, censusAttemptRules.perIp, input.address) : byAccount;
  if (!byAccount.allowed || !byAddress.allowed) return { ok: false, reason: 'tooMany' };
  const birthDate = normaliseBirthDate(input.birthDate);
  if (!birthDate) return { ok: false, reason: 'birthDate' };
  const hmac = personHmac(key, input.identifier, birthDate);
  const entry = await db.selectFrom('census_entry').select('neighbourhood_id').where('person_hmac', '=', hmac).executeTakeFirst();
  if (!entry) return { ok: false, reason: 'noMatch' };
  const recorded = await recordVerification(db, { userId: resident.id, method: 'census', neighbourhoodId: entry.neighbourhood_id, personHmac: hmac, verifiedBy: null, validityDays: settings.validityDays });
  if (recorded === 'taken') return { ok: false, reason: 'taken' };
  return { ok: true, neighbourhoodId: entry.neighbourhood_id };
}
