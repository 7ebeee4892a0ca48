import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { isResident, requireAdmin } from '../../platform/session.ts';
import { normaliseBirthDate, personHmac } from './person-key.ts';
import { readVerificationSettings, recordVerification } from './register.ts';

/** Whether this person may verify people at the help desk: city admins, and staff the admins named. */
export async function isDeskStaff(db: Kysely<Database>, user: CurrentUser | null): Promise<boolean> {
  if (!isResident(user)) return false;
  if (user.role === 'admin') return true;
  return (await db.selectFrom('verification_desk_staff').select('user_id').where('user_id', '=', user.id).executeTakeFirst()) !== undefined;
}

/** The help-desk staff member, or 403. */
export async function requireDeskStaff(db: Kysely<Database>, user: CurrentUser | null): Promise<CurrentUser> {
  if (!(await isDeskStaff(db, user))) throw forbidden();
  return user!;
}

/** The person's keyed hash from what staff read on their document; null when the birth date is not a date. */
export function deskPersonHmac(key: string, identifier: string, birthDate: string): string | null {
  const date = normaliseBirthDate(birthDate);
  return date ? personHmac(key, identifier, date) : null;
}

/** Why the desk could not verify: a field and a catalog key. */
export type DeskRefusal = { field: string; key: string };

/**
 * Staff verify an account in person after seeing a document: the identifier and birth date only make
 * the keyed hash (the same as the census's, so one person stays one account across methods); the
 * register keeps who verified, when and the neighbourhood — never the document.
 */
export async function verifyAtDesk(
  db: Kysely<Database>,
  key: string,
  user: CurrentUser | null,
  input: { accountEmail: string; identifier: string; birthDate: string; neighbourhoodId: string },
): Promise<{ ok: true } | { ok: false; refusal: DeskRefusal }> {
  const staff = await requireDeskStaff(db, user);
  const settings = await readVerificationSettings(db);
  if (!settings.desk) return { ok: false, refusal: { field: '_form', key: 'verification.desk.refused.closed' } };
  const account = await db.selectFrom('user').select('id').where('email', '=', input.accountEmail).where('deletedAt', 'is', null).executeTakeFirst();
  if (!account) return { ok: false, refusal: { field: 'account_email', key: 'verification.desk.refused.noAccount' } };
  const hood = await db.selectFrom('neighbourhood').select('id').where('id', '=', input.neighbourhoodId).executeTakeFirst();
  if (!hood) return { ok: false, refusal: { field: 'neighbourhood_id', key: 'form.invalidChoice' } };
  const hmac = deskPersonHmac(key, input.identifier, input.birthDate);
  if (!hmac) return { ok: false, refusal: { field: 'birth_date', key: 'verification.census.errors.birthDateInvalid' } };
  const recorded = await recordVerification(db, { userId: account.id, method: 'desk', neighbourhoodId: hood.id, personHmac: hmac, verifiedBy: staff.id, validityDays: settings.validityDays });
  if (recorded === 'taken') return { ok: false, refusal: { field: '_form', key: 'verification.desk.refused.taken' } };
  await recordAudit(db, { userId: staff.id }, 'verification.desk', { type: 'user', id: account.id }, { neighbourhoodId: hood.id });
  return { ok: true };
}

/** Names a help-desk staff member by their account email (admins only). */
export async function grantDesk(db: Kysely<Database>, user: CurrentUser | null, email: string): Promise<boolean> {
  const admin = requireAdmin(user);
  const account = await db.selectFrom('user').select('id').where('email', '=', email.trim().toLowerCase()).where('deletedAt', 'is', null).executeTakeFirst();
  if (!account) return false;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('verification_desk_staff').values({ user_id: account.id, granted_by: admin.id, granted_at: new Date().toISOString() }).onConflict((oc) => oc.column('user_id').doNothing()).execute();
    await recordAudit(trx, { userId: admin.id }, 'verification.desk.grant', { type: 'user', id: account.id });
  });
  return true;
}

/** Takes the help-desk role back (admins only). */
export async function revokeDesk(db: Kysely<Database>, user: CurrentUser | null, userId: string): Promise<void> {
  const admin = requireAdmin(user);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('verification_desk_staff').where('user_id', '=', userId).execute();
    await recordAudit(trx, { userId: admin.id }, 'verification.desk.revoke', { type: 'user', id: userId });
  });
}

/** The help-desk staff, for the admin page. */
export function listDeskStaff(db: Kysely<Database>) {
  return db.selectFrom('verification_desk_staff').innerJoin('user', 'user.id', 'verification_desk_staff.user_id').select(['user.id', 'user.name', 'user.email', 'verification_desk_staff.granted_at']).orderBy('user.name').execute();
}
