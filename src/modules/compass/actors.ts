import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { isResident } from '../../platform/session.ts';
import { groupOfActor, type StakeholderGroup } from './groups.ts';

/** An organisation a person runs (owner or admin), with its kind: only they speak for it in the compass. */
export interface ManagedOrganisation {
  id: string;
  name: string;
  kind: string;
}

/** The organisations this person is an owner or admin of. */
export function managedOrganisations(db: Kysely<Database>, userId: string): Promise<ManagedOrganisation[]> {
  return db
    .selectFrom('organisation_member')
    .innerJoin('organisation', 'organisation.id', 'organisation_member.organisation_id')
    .select(['organisation.id', 'organisation.name', 'organisation.kind'])
    .where('organisation_member.user_id', '=', userId)
    .where('organisation_member.role', 'in', ['owner', 'admin'])
    .orderBy('organisation.name')
    .execute();
}

/** Who speaks in an assessment or a proposal: the person alone, or an organisation they run. */
export interface CompassActor {
  userId: string;
  organisation: ManagedOrganisation | null;
  group: StakeholderGroup;
  /** One assessment per person or organisation per initiative. */
  assessorKey: string;
}

/**
 * Reads the "as" choice of a form: "self" (or nothing) is the person; otherwise an organisation the
 * person runs. Returns null for an organisation they do not run (the form shows an error).
 */
export async function resolveActor(db: Kysely<Database>, user: CurrentUser, chosen: string | undefined): Promise<CompassActor | null> {
  const choice = chosen?.trim() ?? '';
  if (choice === '' || choice === 'self') return { userId: user.id, organisation: null, group: groupOfActor(user, null), assessorKey: `user:${user.id}` };
  const organisation = (await managedOrganisations(db, user.id)).find((o) => o.id === choice);
  if (!organisation) return null;
  return { userId: user.id, organisation, group: groupOfActor(user, organisation), assessorKey: `org:${organisation.id}` };
}

/** Admins propose for the city; organisations' owners and admins propose for their organisation. */
export async function mayProposeInitiatives(db: Kysely<Database>, user: CurrentUser | null): Promise<boolean> {
  if (!isResident(user)) return false;
  return user.role === 'admin' || (await managedOrganisations(db, user.id)).length > 0;
}
