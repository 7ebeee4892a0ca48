import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Locale } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n/index.ts';
import { requireResident } from '../../platform/session.ts';
import type { InvitationInput } from './input.ts';
import { canAssignRole, canChangeMember, type MemberRole } from './policy.ts';
import * as q from './queries.ts';
import { type Outcome, requireManagedOrganisation, requireOrganisation } from './service.ts';

type Db = Kysely<Database>;

const done: Outcome = { ok: true, value: undefined };
const refused = (field: string, key: string): Outcome<never> => ({ ok: false, errors: { [field]: key } });

/** What the members page shows to an owner or admin. */
export async function membersPage(db: Db, user: CurrentUser | null, slug: string) {
  const { organisation, membership } = await requireManagedOrganisation(db, user, slug);
  const [members, invitations] = await Promise.all([q.listMembers(db, organisation.id), q.listPendingInvitationsOfOrganisation(db, organisation.id)]);
  return { organisation, viewerRole: membership.role, members, invitations };
}

/** An owner or admin invites an email with a role; the mail goes out in the inviter's language. */
export async function inviteMember(deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>, user: CurrentUser | null, slug: string, input: InvitationInput, locale: Locale): Promise<Outcome> {
  const { db } = deps;
  const { organisation, membership, user: inviter } = await requireManagedOrganisation(db, user, slug);
  if (!canAssignRole(membership.role, input.role)) return refused('role', 'org.errors.roleNotAllowed');
  if (await q.isMemberByEmail(db, organisation.id, input.email)) return refused('email', 'org.errors.alreadyMember');
  const pendingFor = (d: Db) => d.selectFrom('organisation_invitation').select('id').where('organisation_id', '=', organisation.id).where('email', '=', input.email).where('status', '=', 'pending').executeTakeFirst();
  try {
    const created = await db.transaction().execute(async (trx) => {
      if (await pendingFor(trx)) return false;
      await trx
        .insertInto('organisation_invitation')
        .values({ id: randomUUID(), organisation_id: organisation.id, email: input.email, role: input.role, status: 'pending', invited_by: inviter.id, created_at: new Date().toISOString(), answered_at: null })
        .execute();
      return true;
    });
    if (!created) return refused('email', 'org.errors.alreadyInvited');
  } catch (error) {
    // Two simultaneous invitations: the unique index let one through; the other is a duplicate, not a crash.
    if (await pendingFor(db)) return refused('email', 'org.errors.alreadyInvited');
    throw error;
  }
  const t = translator(locale);
  const params = { inviter: inviter.name, organisation: organisation.name, role: t(`org.role.${input.role}`), link: `${deps.config.baseUrl}/organisations/invitations` };
  await deps.mailer.send({ to: input.email, subject: t('org.mail.invitation.subject', params), text: t('org.mail.invitation.body', params) });
  return done;
}

/** An owner or admin withdraws a pending invitation. */
export async function cancelInvitation(db: Db, user: CurrentUser | null, slug: string, invitationId: string): Promise<void> {
  const { organisation } = await requireManagedOrganisation(db, user, slug);
  const invitation = await q.findInvitation(db, invitationId);
  if (!invitation || invitation.organisation_id !== organisation.id) throw notFound();
  await db.updateTable('organisation_invitation').set({ status: 'cancelled', answered_at: new Date().toISOString() }).where('id', '=', invitationId).where('status', '=', 'pending').execute();
}

/** Pending invitations addressed to the signed-in resident's email. */
export async function myInvitations(db: Db, user: CurrentUser | null) {
  const resident = requireResident(user);
  return q.listPendingInvitationsForEmail(db, resident.email.toLowerCase());
}

/** The invitee accepts (becoming a member, listed or not as they chose) or declines; returns the organisation's slug. */
export async function answerInvitation(db: Db, user: CurrentUser | null, invitationId: string, answer: { accept: boolean; listed: boolean }): Promise<Outcome<string>> {
  const resident = requireResident(user);
  const invitation = await q.findInvitation(db, invitationId);
  // Someone else's invitation is reported as missing, so ids reveal nothing.
  if (!invitation || invitation.email !== resident.email.toLowerCase()) throw notFound();
  const organisation = await db.selectFrom('organisation').select('slug').where('id', '=', invitation.organisation_id).executeTakeFirstOrThrow();
  const answered = await db.transaction().execute(async (trx) => {
    const update = await trx
      .updateTable('organisation_invitation')
      .set({ status: answer.accept ? 'accepted' : 'declined', answered_at: new Date().toISOString() })
      .where('id', '=', invitation.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(update.numUpdatedRows) === 0) return false;
    if (answer.accept && !(await q.findMembership(trx, invitation.organisation_id, resident.id))) {
      await trx
        .insertInto('organisation_member')
        .values({ organisation_id: invitation.organisation_id, user_id: resident.id, role: invitation.role, listed: answer.listed ? 1 : 0, created_at: new Date().toISOString() })
        .execute();
    }
    return true;
  });
  return answered ? { ok: true, value: organisation.slug } : refused('_form', 'org.errors.invitationAnswered');
}

async function wouldLeaveNoOwner(db: Db, organisationId: string, targetRole: string): Promise<boolean> {
  return targetRole === 'owner' && (await q.countOwners(db, organisationId)) <= 1;
}

async function requireTarget(db: Db, user: CurrentUser | null, slug: string, targetUserId: string) {
  const managed = await requireManagedOrganisation(db, user, slug);
  const target = await q.findMembership(db, managed.organisation.id, targetUserId);
  if (!target) throw notFound();
  if (!canChangeMember(managed.membership.role, target.role)) throw forbidden();
  return { ...managed, target };
}

/** An owner or admin changes a member's role; the last owner keeps the role. */
export async function changeMemberRole(db: Db, user: CurrentUser | null, slug: string, targetUserId: string, role: MemberRole): Promise<Outcome> {
  const { organisation, membership, target } = await requireTarget(db, user, slug, targetUserId);
  if (!canAssignRole(membership.role, role)) throw forbidden();
  return db.transaction().execute(async (trx) => {
    if (role !== 'owner' && (await wouldLeaveNoOwner(trx, organisation.id, target.role))) return refused('_form', 'org.errors.lastOwner');
    await trx.updateTable('organisation_member').set({ role }).where('organisation_id', '=', organisation.id).where('user_id', '=', targetUserId).execute();
    return done;
  });
}

/** An owner or admin removes a member; the last owner cannot be removed. */
export async function removeMember(db: Db, user: CurrentUser | null, slug: string, targetUserId: string): Promise<Outcome> {
  const { organisation, target } = await requireTarget(db, user, slug, targetUserId);
  return deleteMembership(db, organisation.id, targetUserId, target.role);
}

async function deleteMembership(db: Db, organisationId: string, userId: string, role: string): Promise<Outcome> {
  return db.transaction().execute(async (trx) => {
    if (await wouldLeaveNoOwner(trx, organisationId, role)) return refused('_form', 'org.errors.lastOwner');
    await trx.deleteFrom('organisation_member').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
    return done;
  });
}

/** A member leaves; the last owner must first hand ownership to someone else. */
export async function leaveOrganisation(db: Db, user: CurrentUser | null, slug: string): Promise<Outcome> {
  const resident = requireResident(user);
  const organisation = await requireOrganisation(db, slug);
  const membership = await q.findMembership(db, organisation.id, resident.id);
  if (!membership) return refused('_form', 'org.errors.notMember');
  return deleteMembership(db, organisation.id, resident.id, membership.role);
}

/** A member chooses whether their name shows on the public page. */
export async function setListing(db: Db, user: CurrentUser | null, slug: string, listed: boolean): Promise<void> {
  const resident = requireResident(user);
  const organisation = await requireOrganisation(db, slug);
  const membership = await q.findMembership(db, organisation.id, resident.id);
  if (!membership) throw forbidden();
  await db.updateTable('organisation_member').set({ listed: listed ? 1 : 0 }).where('organisation_id', '=', organisation.id).where('user_id', '=', resident.id).execute();
}
