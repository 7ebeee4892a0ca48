import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { pageContext } from '../../web/layout.tsx';
import { acceptSchema, invitationSchema, listingSchema, roleSchema } from './input.ts';
import { answerInvitation, cancelInvitation, changeMemberRole, inviteMember, leaveOrganisation, membersPage, myInvitations, removeMember, setListing } from './membership-service.ts';
import { canChangeMember, organisationRateRules } from './policy.ts';
import { organisationPage } from './service.ts';
import { MembershipEndingPage, type MembershipEnding } from './views/membership-confirm.tsx';
import { renderMembersPage, renderOrganisationPage, translateErrors } from './page-renderers.tsx';
import { InvitationsPage } from './views/invitations-page.tsx';

/** Invitations, members, leaving and listing; mounted inside organisationRoutes. */
export const membershipRoutes = new Hono<AppEnv>();

membershipRoutes.get('/invitations', async (c) => {
  const invitations = await myInvitations(c.var.deps.db, c.var.user);
  return c.html(<InvitationsPage ctx={pageContext(c)} invitations={invitations} />);
});

for (const [path, accept] of [['accept', true], ['decline', false]] as const) {
  membershipRoutes.post(`/invitations/:id/${path}`, async (c) => {
    const { db } = c.var.deps;
    const form = await parseForm(c, acceptSchema, c.var.t);
    const listed = form.ok && form.data.listed;
    const result = await answerInvitation(db, c.var.user, c.req.param('id'), { accept, listed });
    if (!result.ok) {
      const invitations = await myInvitations(db, c.var.user);
      return c.html(<InvitationsPage ctx={pageContext(c)} invitations={invitations} problem={result.errors._form} />, 409);
    }
    setFlash(c, accept ? 'org.flash.accepted' : 'org.flash.declined');
    return c.redirect(accept ? `/organisations/${result.value}` : '/organisations/invitations', 303);
  });
}

membershipRoutes.get('/:slug/members', (c) => renderMembersPage(c, c.req.param('slug')));

membershipRoutes.post('/:slug/invitations', async (c) => {
  const slug = c.req.param('slug');
  const form = await parseForm(c, invitationSchema, c.var.t);
  if (!form.ok) return renderMembersPage(c, slug, { status: 400, invite: form });
  if (c.var.user) await enforceRateLimit(c, organisationRateRules.invite, c.var.user.id);
  const result = await inviteMember(c.var.deps, c.var.user, slug, form.data, c.var.locale);
  if (!result.ok) return renderMembersPage(c, slug, { status: 400, invite: { values: form.values, errors: translateErrors(c, result.errors) } });
  setFlash(c, 'org.flash.invited');
  return c.redirect(`/organisations/${slug}/members`, 303);
});

// A change posted without its confirmation shows the confirmation page; nothing changes.
const askToConfirm = (c: Context<AppEnv>, ending: MembershipEnding) => c.html(<MembershipEndingPage ctx={pageContext(c)} ending={ending} />, 400);

membershipRoutes.post('/:slug/invitations/:id/cancel', async (c) => {
  const slug = c.req.param('slug');
  if (!isConfirmed(await readForm(c))) {
    const page = await membersPage(c.var.deps.db, c.var.user, slug);
    const invitation = page.invitations.find((i) => i.id === c.req.param('id'));
    if (!invitation) throw notFound();
    const params = { email: invitation.email, organisation: page.organisation.name, role: c.var.t(`org.role.${invitation.role}`) };
    return askToConfirm(c, { kind: 'cancel', action: `/organisations/${slug}/invitations/${invitation.id}/cancel`, back: `/organisations/${slug}/members`, params });
  }
  await cancelInvitation(c.var.deps.db, c.var.user, slug, c.req.param('id'));
  setFlash(c, 'org.flash.invitationCancelled');
  return c.redirect(`/organisations/${slug}/members`, 303);
});

membershipRoutes.post('/:slug/members/:userId/role', async (c) => {
  const slug = c.req.param('slug');
  const form = await parseForm(c, roleSchema, c.var.t);
  if (!form.ok) return renderMembersPage(c, slug, { status: 400, problem: 'org.errors.roleNotAllowed' });
  const result = await changeMemberRole(c.var.deps.db, c.var.user, slug, c.req.param('userId'), form.data.role);
  if (!result.ok) return renderMembersPage(c, slug, { status: 409, problem: result.errors._form });
  setFlash(c, 'org.flash.roleChanged');
  return c.redirect(`/organisations/${slug}/members`, 303);
});

membershipRoutes.post('/:slug/members/:userId/remove', async (c) => {
  const slug = c.req.param('slug');
  if (!isConfirmed(await readForm(c))) {
    const page = await membersPage(c.var.deps.db, c.var.user, slug);
    const member = page.members.find((m) => m.user_id === c.req.param('userId'));
    if (!member) throw notFound();
    if (!canChangeMember(page.viewerRole, member.role)) throw forbidden();
    const name = member.deleted_at ? c.var.t('common.deletedParticipant') : member.name;
    const params = { name, organisation: page.organisation.name, role: c.var.t(`org.role.${member.role}`) };
    return askToConfirm(c, { kind: 'remove', action: `/organisations/${slug}/members/${member.user_id}/remove`, back: `/organisations/${slug}/members`, params });
  }
  const result = await removeMember(c.var.deps.db, c.var.user, slug, c.req.param('userId'));
  if (!result.ok) return renderMembersPage(c, slug, { status: 409, problem: result.errors._form });
  setFlash(c, 'org.flash.removed');
  return c.redirect(`/organisations/${slug}/members`, 303);
});

membershipRoutes.post('/:slug/leave', async (c) => {
  const slug = c.req.param('slug');
  if (!isConfirmed(await readForm(c))) {
    const page = await organisationPage(c.var.deps.db, c.var.user, slug);
    if (!page.membership) return renderOrganisationPage(c, slug, 409, 'org.errors.notMember');
    const params = { organisation: page.organisation.name, role: c.var.t(`org.role.${page.membership.role}`) };
    return askToConfirm(c, { kind: 'leave', action: `/organisations/${slug}/leave`, back: `/organisations/${slug}`, params });
  }
  const result = await leaveOrganisation(c.var.deps.db, c.var.user, slug);
  if (!result.ok) return renderOrganisationPage(c, slug, 409, result.errors._form);
  setFlash(c, 'org.flash.left');
  return c.redirect(`/organisations/${slug}`, 303);
});

membershipRoutes.post('/:slug/listing', async (c) => {
  const slug = c.req.param('slug');
  const form = await parseForm(c, listingSchema, c.var.t);
  if (!form.ok) return renderOrganisationPage(c, slug, 400, 'form.invalidChoice');
  await setListing(c.var.deps.db, c.var.user, slug, form.data.listed);
  setFlash(c, 'org.flash.listingSaved');
  return c.redirect(`/organisations/${slug}`, 303);
});
