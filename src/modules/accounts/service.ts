import type { Locale } from '../../config.ts';
import { forgetPasswordAttempts } from '../../platform/password-attempts.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { unauthorized } from '../../platform/errors.ts';
import type { AfterAccountDeletion } from '../define-module.ts';
import { authErrorToField } from './auth-errors.ts';
import { findOwnSessionToken, findPasswordHash } from './queries.ts';

/** Returns the signed-in person (verified or not) or throws 401: account pages serve everyone who has a session. */
export function requireSignedIn(user: CurrentUser | null): CurrentUser {
  if (!user) throw unauthorized();
  return user;
}

/** Says whether the password is the person's current one (accounts without a password never match). */
export async function isCurrentPassword(deps: AppDeps, userId: string, password: string): Promise<boolean> {
  const hash = await findPasswordHash(deps.db, userId);
  if (!hash || !password) return false;
  const auth = await deps.auth.$context;
  return auth.password.verify({ hash, password });
}

/** Stores the language the person wants their emails (and pages, once signed in) in. */
export async function setPreferredLanguage(deps: AppDeps, user: CurrentUser, locale: Locale): Promise<void> {
  await deps.db.updateTable('user').set({ locale, updatedAt: new Date().toISOString() }).where('id', '=', user.id).execute();
}

/**
 * Starts a change of email address, confirmed with the password. The address changes only when the
 * link sent to the new address is opened; an address already taken gets the same answer (and no mail).
 */
export async function requestEmailChange(
  deps: AppDeps,
  user: CurrentUser,
  input: { newEmail: string; password: string },
  headers: Headers,
): Promise<{ ok: true } | { ok: false; field: string; key: string }> {
  if (input.newEmail === user.email.toLowerCase()) return { ok: false, field: 'newEmail', key: 'accounts.errors.sameEmail' };
  if (!(await isCurrentPassword(deps, user.id, input.password))) return { ok: false, field: 'password', key: 'accounts.errors.wrongPassword' };
  try {
    await deps.auth.api.changeEmail({ body: { newEmail: input.newEmail }, headers });
  } catch (err) {
    const { field, key } = authErrorToField(err, { email: 'newEmail', currentPassword: 'password' });
    return { ok: false, field, key };
  }
  return { ok: true };
}

/** Ends one of the person's sessions; a session id that is not theirs changes nothing. */
export async function revokeOwnSession(deps: AppDeps, user: CurrentUser, sessionId: string, headers: Headers): Promise<{ revoked: boolean; headers: Headers | null }> {
  const token = await findOwnSessionToken(deps.db, user.id, sessionId);
  if (!token) return { revoked: false, headers: null };
  const result = await deps.auth.api.revokeSession({ body: { token }, headers, returnHeaders: true });
  return { revoked: true, headers: result.headers };
}

/** The address a deleted account keeps: unique, and in the reserved `.invalid` domain so no mail can ever reach it. */
export const deletedEmailFor = (userId: string): string => `deleted-${userId}@deleted.invalid`;

/**
 * Deletes an account after checking its password: personal data is erased and the row is kept,
 * anonymised, so what the person wrote stays and shows as written by a "deleted participant".
 */
export async function deleteAccount(deps: AppDeps, user: CurrentUser, password: string): Promise<{ ok: true } | { ok: false; reason: 'wrongPassword' }> {
  if (!(await isCurrentPassword(deps, user.id, password))) return { ok: false, reason: 'wrongPassword' };
  const now = new Date().toISOString();
  const oldEmail = user.email.toLowerCase();
  const afterCommit: AfterAccountDeletion[] = [];
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('session').where('userId', '=', user.id).execute();
    await trx.deleteFrom('account').where('userId', '=', user.id).execute();
    // Pending password-reset tokens name the user id as their value.
    await trx.deleteFrom('verification').where('value', '=', user.id).execute();
    await trx.deleteFrom('organisation_member').where('user_id', '=', user.id).execute();
    // Notifications are about the person and go; what they published (comments, votes) stays, anonymised.
    await trx.deleteFrom('notification').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('notification_preference').where('user_id', '=', user.id).execute();
    await trx.deleteFrom('organisation_invitation').where((eb) => eb(eb.fn('lower', ['email']), '=', oldEmail)).execute();
    await trx.deleteFrom('outbox').where((eb) => eb(eb.fn('lower', ['to_address']), '=', oldEmail)).execute();
    await trx.deleteFrom('rate_limit').where('key', 'in', [`signup-account:${oldEmail}`, `account-mail-account:${oldEmail}`]).execute();
    await forgetPasswordAttempts(trx, oldEmail);
    await trx
      .updateTable('user')
      .set({ name: 'deleted', email: deletedEmailFor(user.id), emailVerified: 0, image: null, locale: null, role: 'resident', deletedAt: now, updatedAt: now })
      .where('id', '=', user.id)
      .execute();
    // What modules keep about the person (meeting registrations, a verification) goes in this same transaction.
    for (const module of deps.modules.definitions) {
      const then = await module.accountDeletion?.(trx, { userId: user.id, now: new Date(now), deps });
      if (then) afterCommit.push(then);
    }
    await recordAudit(trx, { userId: user.id }, 'account.delete', { type: 'user', id: user.id });
  });
  deps.log.info({ userId: user.id }, 'account deleted');
  for (const then of afterCommit) await then().catch((err: unknown) => deps.log.warn({ err }, 'work after an account deletion failed'));
  return { ok: true };
}
