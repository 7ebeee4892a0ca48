import type { Kysely, Selectable } from 'kysely';
import type { Database, OrganisationTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** An organisation with its neighbourhood's names (null when it covers the whole city). */
export interface OrganisationRow extends Omit<Selectable<OrganisationTable>, 'created_by'> {
  neighbourhood_name_fr: string | null;
  neighbourhood_name_en: string | null;
}

function organisationsWithNeighbourhood(db: Db) {
  return db
    .selectFrom('organisation')
    .leftJoin('neighbourhood', 'neighbourhood.id', 'organisation.neighbourhood_id')
    .select([
      'organisation.id',
      'organisation.slug',
      'organisation.name',
      'organisation.kind',
      'organisation.description',
      'organisation.description_language',
      'organisation.website',
      'organisation.neighbourhood_id',
      'organisation.verified',
      'organisation.created_at',
      'neighbourhood.name_fr as neighbourhood_name_fr',
      'neighbourhood.name_en as neighbourhood_name_en',
    ]);
}

/** Organisations in name order, optionally of one kind and/or in one neighbourhood. */
export async function listOrganisations(db: Db, filter: { kind?: string; neighbourhoodId?: string }): Promise<OrganisationRow[]> {
  let query = organisationsWithNeighbourhood(db);
  if (filter.kind) query = query.where('organisation.kind', '=', filter.kind);
  if (filter.neighbourhoodId) query = query.where('organisation.neighbourhood_id', '=', filter.neighbourhoodId);
  return query.orderBy('organisation.name').orderBy('organisation.slug').execute();
}

/** One organisation by its slug, or undefined. */
export async function findOrganisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  return organisationsWithNeighbourhood(db).where('organisation.slug', '=', slug).executeTakeFirst();
}

/** Slugs already taken that start with a base, to pick the next free one. */
export async function slugsStartingWith(db: Db, base: string): Promise<string[]> {
  const rows = await db.selectFrom('organisation').select('slug').where('slug', 'like', `${base}%`).execute();
  return rows.map((r) => r.slug);
}

/** Whether a neighbourhood id exists. */
export async function neighbourhoodExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('neighbourhood').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Names of the members who chose to be listed publicly; deleted accounts never appear. */
export async function listListedMemberNames(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_member')
    .innerJoin('user', 'user.id', 'organisation_member.user_id')
    .select('user.name')
    .where('organisation_member.organisation_id', '=', organisationId)
    .where('organisation_member.listed', '=', 1)
    .where('user.deletedAt', 'is', null)
    .orderBy('user.name')
    .execute();
  return rows.map((r) => r.name);
}

/** Every member with role and listing choice, for the people who manage the organisation. */
export async function listMembers(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation_member')
    .innerJoin('user', 'user.id', 'organisation_member.user_id')
    .select(['user.id as user_id', 'user.name', 'user.deletedAt as deleted_at', 'organisation_member.role', 'organisation_member.listed', 'organisation_member.created_at'])
    .where('organisation_member.organisation_id', '=', organisationId)
    .orderBy('user.name')
    .execute();
}

/** A person's membership of an organisation, or undefined. */
export async function findMembership(db: Db, organisationId: string, userId: string) {
  return db
    .selectFrom('organisation_member')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** How many owners an organisation has (it must never drop to zero). */
export async function countOwners(db: Db, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('organisation_member')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'owner')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Whether someone with this (lower-cased) email already belongs to the organisation. */
export async function isMemberByEmail(db: Db, organisationId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('organisation_member')
    .innerJoin('user', 'user.id', 'organisation_member.user_id')
    .select('user.id')
    .where('organisation_member.organisation_id', '=', organisationId)
    .where((eb) => eb(eb.fn('lower', ['user.email']), '=', email))
    .executeTakeFirst();
  return row !== undefined;
}

/** Pending invitations sent by an organisation, newest first. */
export async function listPendingInvitationsOfOrganisation(db: Db, organisationId: string) {
  return db
    .selectFrom('organisation_invitation')
    .select(['id', 'email', 'role', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'pending')
    .orderBy('created_at', 'desc')
    .execute();
}

/** Pending invitations addressed to an email (lower-cased), with the inviting organisation. */
export async function listPendingInvitationsForEmail(db: Db, email: string) {
  return db
    .selectFrom('organisation_invitation')
    .innerJoin('organisation', 'organisation.id', 'organisation_invitation.organisation_id')
    .select(['organisation_invitation.id', 'organisation_invitation.role', 'organisation_invitation.created_at', 'organisation.name', 'organisation.slug', 'organisation.kind'])
    .where('organisation_invitation.email', '=', email)
    .where('organisation_invitation.status', '=', 'pending')
    .orderBy('organisation_invitation.created_at', 'desc')
    .execute();
}

/** One invitation by id, or undefined. */
export async function findInvitation(db: Db, id: string) {
  return db.selectFrom('organisation_invitation').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisations a person belongs to, with their role, in name order. */
export async function listMembershipsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('organisation_member')
    .innerJoin('organisation', 'organisation.id', 'organisation_member.organisation_id')
    .select(['organisation.id', 'organisation.slug', 'organisation.name', 'organisation.kind', 'organisation.verified', 'organisation_member.role', 'organisation_member.listed'])
    .where('organisation_member.user_id', '=', userId)
    .orderBy('organisation.name')
    .execute();
}
