import { randomUUID } from 'node:crypto';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { canActFor } from '../organisations/index.ts';
import { notify } from '../notifications/index.ts';
import { assertAllowed, loadProposalAccess, proposalRefusal, ruleInput } from './access.ts';
import type { FormOutcome } from './service.ts';

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>;

/**
 * Invites a co-author: a resident by email address, or an organisation by its address name. The
 * invitation is one per invitee and proposal (unique constraint); the invitee is notified.
 */
export async function inviteCoauthor(deps: Deps, user: CurrentUser | null, id: string, invitee: string): Promise<FormOutcome<void>> {
  const access = await loadProposalAccess(deps.db, id, user);
  const author = assertAllowed('invite', await ruleInput(deps.db, access.context, user, access.facts));
  const { db } = deps;
  let target: { userId: string | null; organisationId: string | null; notifyIds: string[] };
  if (invitee.includes('@')) {
    const person = await db.selectFrom('user').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', invitee.toLowerCase())).where('deletedAt', 'is', null).executeTakeFirst();
    if (!person) return { ok: false, errors: { invitee: 'proposals.errors.inviteeUnknown' } };
    if (person.id === access.proposal.author_user_id) return { ok: false, errors: { invitee: 'proposals.errors.inviteeSelf' } };
    target = { userId: person.id, organisationId: null, notifyIds: [person.id] };
  } else {
    const org = await db.selectFrom('organisation').select('id').where('slug', '=', invitee.toLowerCase()).executeTakeFirst();
    if (!org) return { ok: false, errors: { invitee: 'proposals.errors.inviteeUnknown' } };
    if (org.id === access.proposal.author_org_id) return { ok: false, errors: { invitee: 'proposals.errors.inviteeSelf' } };
    const members = await db.selectFrom('organisation_member').select('user_id').where('organisation_id', '=', org.id).execute();
    target = { userId: null, organisationId: org.id, notifyIds: members.map((m) => m.user_id) };
  }
  const inserted = await db
    .insertInto('proposal_coauthor')
    .values({
      id: randomUUID(),
      proposal_id: id,
      user_id: target.userId,
      organisation_id: target.organisationId,
      invitee_key: target.userId ? `user:${target.userId}` : `org:${target.organisationId}`,
      status: 'pending',
      invited_by: author.id,
      answered_by: null,
      created_at: new Date().toISOString(),
      answered_at: null,
    })
    .onConflict((oc) => oc.columns(['proposal_id', 'invitee_key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, errors: { invitee: 'proposals.errors.alreadyInvited' } };
  await notify(deps, { userIds: target.notifyIds, kind: 'coauthor_invitation', params: { title: access.proposal.title }, url: `/proposals/${id}`, excludeUserId: author.id });
  return { ok: true, value: undefined };
}

/** The invitee (or, for an organisation, one of its members) accepts or declines a pending invitation. */
export async function answerCoauthorInvitation(deps: Deps, user: CurrentUser | null, invitationId: string, accept: boolean): Promise<string> {
  const invitation = await deps.db.selectFrom('proposal_coauthor').selectAll().where('id', '=', invitationId).executeTakeFirst();
  if (!invitation) throw notFound();
  await loadProposalAccess(deps.db, invitation.proposal_id, user);
  if (!user) throw proposalRefusal({ status: 401, code: 'sign_in_required' });
  if (!user.emailVerified) throw proposalRefusal({ status: 403, code: 'email_unverified' });
  const mine = invitation.user_id === user.id || (invitation.organisation_id !== null && (await canActFor(deps.db, user.id, invitation.organisation_id)));
  if (!mine) throw proposalRefusal({ status: 403, code: 'not_invitee' });
  if (invitation.status !== 'pending') throw proposalRefusal({ status: 409, code: 'invitation_answered' });
  await deps.db
    .updateTable('proposal_coauthor')
    .set({ status: accept ? 'accepted' : 'declined', answered_by: user.id, answered_at: new Date().toISOString() })
    .where('id', '=', invitationId)
    .where('status', '=', 'pending')
    .execute();
  return invitation.proposal_id;
}
