/** Kinds of organisation, roles of members, and the one-line rules about who may do what. */
export const organisationKinds = ['association', 'business', 'public_body', 'collective'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const memberRoles = ['owner', 'admin', 'member'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const isOrganisationKind = (value: string): value is OrganisationKind => (organisationKinds as readonly string[]).includes(value);
export const isMemberRole = (value: string): value is MemberRole => (memberRoles as readonly string[]).includes(value);

/** Owners and admins run the organisation's space: edit it, invite, manage members. */
export const canManage = (role: string | null | undefined): boolean => role === 'owner' || role === 'admin';

/** Only an owner hands out or takes away ownership; admins manage admins and members. */
export const canAssignRole = (actorRole: string, role: MemberRole): boolean => actorRole === 'owner' || (actorRole === 'admin' && role !== 'owner');

/** Changing or removing someone needs a manager, and an owner's membership is an owner's business. */
export const canChangeMember = (actorRole: string, targetRole: string): boolean => actorRole === 'owner' || (actorRole === 'admin' && targetRole !== 'owner');

/** Limits per person: creating organisations and sending invitation mails must not become a spam channel. */
export const organisationRateRules = {
  create: { name: 'org-create', limit: 10, windowSeconds: 3600 },
  invite: { name: 'org-invite', limit: 40, windowSeconds: 3600 },
};
