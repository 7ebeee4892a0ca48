import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { isAdmin, requireAdmin, requireResident } from '../../platform/session.ts';
import type { CreationInput, OrganisationInput } from './input.ts';
import { canManage } from './policy.ts';
import * as q from './queries.ts';
import { firstFreeSlug, slugFromName } from './slug.ts';

type Db = Kysely<Database>;

/** A rule-checked result: done, or refused with catalog keys per field (`_form` for the whole form). */
export type Outcome<T = void> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

const refused = (field: string, key: string): Outcome<never> => ({ ok: false, errors: { [field]: key } });

/** Loads an organisation by slug or throws 404. */
export async function requireOrganisation(db: Db, slug: string): Promise<q.OrganisationRow> {
  const organisation = await q.findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound();
  return organisation;
}

/** Loads an organisation the signed-in resident manages (owner or admin), or throws 401/403/404. */
export async function requireManagedOrganisation(db: Db, user: CurrentUser | null, slug: string) {
  const resident = requireResident(user);
  const organisation = await requireOrganisation(db, slug);
  const membership = await q.findMembership(db, organisation.id, resident.id);
  if (!membership || !canManage(membership.role)) throw forbidden();
  return { organisation, membership, user: resident };
}

async function checkNeighbourhood(db: Db, id: string | undefined): Promise<boolean> {
  return id === undefined || (await q.neighbourhoodExists(db, id));
}

/** A resident creates an organisation and becomes its first owner; returns its new slug. */
export async function createOrganisation(db: Db, user: CurrentUser | null, input: CreationInput): Promise<Outcome<string>> {
  const resident = requireResident(user);
  if (!(await checkNeighbourhood(db, input.neighbourhoodId))) return refused('neighbourhoodId', 'org.errors.unknownNeighbourhood');
  const slug = await db.transaction().execute(async (trx) => {
    const base = slugFromName(input.name);
    const slug = firstFreeSlug(base, await q.slugsStartingWith(trx, base));
    const id = randomUUID();
    const now = new Date().toISOString();
    await trx
      .insertInto('organisation')
      .values({ id, slug, name: input.name, kind: input.kind, description: input.description, description_language: input.descriptionLanguage ?? '', website: input.website ?? null, neighbourhood_id: input.neighbourhoodId ?? null, verified: 0, created_by: resident.id, created_at: now })
      .execute();
    await trx.insertInto('organisation_member').values({ organisation_id: id, user_id: resident.id, role: 'owner', listed: input.listed ? 1 : 0, created_at: now }).execute();
    return slug;
  });
  return { ok: true, value: slug };
}

/** An owner or admin edits the organisation's details (the slug stays, so links keep working). */
export async function updateOrganisation(db: Db, user: CurrentUser | null, slug: string, input: OrganisationInput): Promise<Outcome> {
  const { organisation } = await requireManagedOrganisation(db, user, slug);
  if (!(await checkNeighbourhood(db, input.neighbourhoodId))) return refused('neighbourhoodId', 'org.errors.unknownNeighbourhood');
  await db
    .updateTable('organisation')
    .set({ name: input.name, kind: input.kind, description: input.description, description_language: input.descriptionLanguage ?? '', website: input.website ?? null, neighbourhood_id: input.neighbourhoodId ?? null })
    .where('id', '=', organisation.id)
    .execute();
  return { ok: true, value: undefined };
}

/** A city admin marks an organisation verified (or not); the change goes to the audit log. */
export async function setVerified(db: Db, user: CurrentUser | null, slug: string, verified: boolean): Promise<void> {
  const admin = requireAdmin(user);
  const organisation = await requireOrganisation(db, slug);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('organisation').set({ verified: verified ? 1 : 0 }).where('id', '=', organisation.id).execute();
    await recordAudit(trx, { userId: admin.id }, verified ? 'organisation.verify' : 'organisation.unverify', { type: 'organisation', id: organisation.id }, { slug, name: organisation.name });
  });
}

/** Everything the public page shows, plus what the viewer may do there. */
export async function organisationPage(db: Db, user: CurrentUser | null, slug: string) {
  const organisation = await requireOrganisation(db, slug);
  const [listedMembers, membership] = await Promise.all([
    q.listListedMemberNames(db, organisation.id),
    user ? q.findMembership(db, organisation.id, user.id) : Promise.resolve(undefined),
  ]);
  return { organisation, listedMembers, membership: membership ?? null, canManage: canManage(membership?.role), canVerify: isAdmin(user) };
}
