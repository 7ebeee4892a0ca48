import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { requireAdmin, requireResident } from '../../platform/session.ts';
import { letterPersonHmac } from './person-key.ts';
import { readVerificationSettings, recordVerification } from './register.ts';

/** How long a printed code works, and how many wrong codes end it. */
export const letterLimits = { validDays: 30, tries: 5, codeLength: 10 } as const;

// Letters and digits nobody confuses when copying from paper (no 0/O, 1/I/L).
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code from the cryptographic generator, grouped for reading (e.g. "K7QM-2XHR-PA"). */
export function newLetterCode(): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const chars: string[] = [];
  while (chars.length < letterLimits.codeLength) {
    for (const b of randomBytes(16)) if (b < 248 && chars.length < letterLimits.codeLength) chars.push(ALPHABET[b % ALPHABET.length]);
  }
  return chars.join('').match(/.{1,4}/g)!.join('-');
}

const normaliseCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
const codeHash = (key: string, letterId: string, code: string) => createHmac('sha256', key).update(`cocity-letter-code:${letterId}:${normaliseCode(code)}`).digest('hex');

// The address waits for printing sealed under a key derived from the verification key (AES-256-GCM).
const sealKey = (key: string) => createHash('sha256').update(`cocity-letter-address:${key}`).digest();

/** Seals a name and postal address until the letter is printed. */
export function sealAddress(key: string, value: { name: string; address: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a sealed address (throws when it was not sealed with this key). */
export function openAddress(key: string, sealed: string): { name: string; address: string } {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(key), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

/** A resident asks for a letter: one waiting request per account (a new one replaces one not yet printed). */
export async function requestLetter(db: Kysely<Database>, key: string, user: CurrentUser | null, input: { name: string; address: string; neighbourhoodId: string; locale: string }): Promise<{ ok: true } | { ok: false; reason: 'closed' | 'neighbourhood' }> {
  const resident = requireResident(user);
  if (!(await readVerificationSettings(db)).letter) return { ok: false, reason: 'closed' };
  const hood = await db.selectFrom('neighbourhood').select('id').where('id', '=', input.neighbourhoodId).executeTakeFirst();
  if (!hood) return { ok: false, reason: 'neighbourhood' };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('verification_letter').where('user_id', '=', resident.id).execute();
    await trx
      .insertInto('verification_letter')
      .values({ id: randomUUID(), user_id: resident.id, neighbourhood_id: hood.id, locale: input.locale, person_hmac: letterPersonHmac(key, input.name, input.address), sealed_address: sealAddress(key, { name: input.name, address: input.address }), code_hash: null, requested_at: new Date().toISOString(), printed_at: null, expires_at: null })
      .execute();
  });
  return { ok: true };
}

/** One letter on the printable sheet. */
export interface PrintedLetter {
  name: string;
  address: string;
  code: string;
  locale: 'fr' | 'en';
  expiresAt: string;
}

/**
 * Prints every waiting letter (admins only): each gets a fresh code, valid 30 days, of which only a keyed
 * hash is kept; the sealed address is erased in the same transaction. The codes exist only on the sheet.
 */
export async function printLetters(db: Kysely<Database>, key: string, user: CurrentUser | null, now: Date = new Date()): Promise<PrintedLetter[]> {
  const admin = requireAdmin(user);
  return db.transaction().execute(async (trx) => {
    const waiting = await trx.selectFrom('verification_letter').select(['id', 'sealed_address', 'locale']).where('sealed_address', 'is not', null).orderBy('requested_at').execute();
    const expiresAt = new Date(now.getTime() + letterLimits.validDays * 86_400_000).toISOString();
    const letters: PrintedLetter[] = [];
    for (const row of waiting) {
      const code = newLetterCode();
      const { name, address } = openAddress(key, row.sealed_address!);
      await trx.updateTable('verification_letter').set({ sealed_address: null, code_hash: codeHash(key, row.id, code), printed_at: now.toISOString(), expires_at: expiresAt, tries: 0 }).where('id', '=', row.id).execute();
      letters.push({ name, address, code, locale: row.locale === 'en' ? 'en' : 'fr', expiresAt });
    }
    if (letters.length) await recordAudit(trx, { userId: admin.id }, 'verification.letters.print', { type: 'letters', id: null }, { count: letters.length });
    return letters;
  });
}

/** Why a code was refused. */
export type LetterRefusal = 'closed' | 'noLetter' | 'expired' | 'tooMany' | 'wrongCode' | 'taken';

/** A resident types the code from their letter: at most 5 tries, within 30 days of printing. */
export async function redeemLetter(db: Kysely<Database>, key: string, user: CurrentUser | null, code: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; reason: LetterRefusal }> {
  const resident = requireResident(user);
  const settings = await readVerificationSettings(db);
  if (!settings.letter) return { ok: false, reason: 'closed' };
  const letter = await db.selectFrom('verification_letter').selectAll().where('user_id', '=', resident.id).where('code_hash', 'is not', null).executeTakeFirst();
  if (!letter) return { ok: false, reason: 'noLetter' };
  if (!letter.expires_at || letter.expires_at <= now.toISOString()) return { ok: false, reason: 'expired' };
  if (Number(letter.tries) >= letterLimits.tries) return { ok: false, reason: 'tooMany' };
  // The try is counted before comparing, so parallel guesses cannot exceed the limit.
  const counted = await db.updateTable('verification_letter').set((eb) => ({ tries: eb('tries', '+', 1) })).where('id', '=', letter.id).where('tries', '<', letterLimits.tries).executeTakeFirst();
  if (Number(counted.numUpdatedRows) === 0) return { ok: false, reason: 'tooMany' };
  const expected = Buffer.from(letter.code_hash!, 'hex');
  const given = Buffer.from(codeHash(key, letter.id, code), 'hex');
  if (!timingSafeEqual(expected, given)) return { ok: false, reason: Number(letter.tries) + 1 >= letterLimits.tries ? 'tooMany' : 'wrongCode' };
  const recorded = await recordVerification(db, { userId: resident.id, method: 'letter', neighbourhoodId: letter.neighbourhood_id, personHmac: letter.person_hmac, verifiedBy: null, validityDays: settings.validityDays }, now);
  if (recorded === 'taken') return { ok: false, reason: 'taken' };
  await db.deleteFrom('verification_letter').where('id', '=', letter.id).execute();
  return { ok: true };
}

/** Whether the account has a letter waiting to be printed, and whether one was printed and awaits its code. */
export async function letterStanding(db: Kysely<Database>, userId: string): Promise<{ requested: boolean; sent: boolean }> {
  const row = await db.selectFrom('verification_letter').select(['sealed_address', 'code_hash']).where('user_id', '=', userId).executeTakeFirst();
  return { requested: row?.sealed_address != null, sent: row?.code_hash != null };
}

/** How many letters wait to be printed (the admin page shows it). */
export async function countWaitingLetters(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('verification_letter').select((eb) => eb.fn.countAll<number>().as('n')).where('sealed_address', 'is not', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}
