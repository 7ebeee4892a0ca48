import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { FieldErrors, FormValues } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import * as q from './queries.ts';

/** Who does something: a person, alone (organisationId null) or acting for an organisation they belong to. */
export type Actor = { userId: string; organisationId: string | null };

/** An organisation a person may act for. */
export interface ActingOption {
  organisationId: string;
  name: string;
  slug: string;
  verified: boolean;
}

/** The form field other modules' forms use for the choice ("self" or empty = myself, else an organisation id). */
export const ACTOR_FIELD = 'actor';

/** The organisations a person can act for: any they are a member of, whatever the role. */
export async function listActingOptions(db: Kysely<Database>, userId: string): Promise<ActingOption[]> {
  const rows = await q.listMembershipsOfUser(db, userId);
  return rows.map((r) => ({ organisationId: r.id, name: r.name, slug: r.slug, verified: r.verified === 1 }));
}

/** Whether a person may act for an organisation (they are a member of it). */
export async function canActFor(db: Kysely<Database>, userId: string, organisationId: string): Promise<boolean> {
  return (await q.findMembership(db, organisationId, userId)) !== undefined;
}

/**
 * Reads and checks the "publish as" choice of a submitted form. Refuses an organisation the person
 * does not belong to with a field error on `actor` (translated when `t` is given, else the catalog key).
 */
export async function parseActor(
  values: FormValues,
  db: Kysely<Database>,
  user: CurrentUser,
  t: Translate = (key) => key,
): Promise<{ ok: true; actor: Actor } | { ok: false; errors: FieldErrors }> {
  const raw = values[ACTOR_FIELD];
  const chosen = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (chosen === '' || chosen === 'self') return { ok: true, actor: { userId: user.id, organisationId: null } };
  if (chosen.length > 100 || !(await canActFor(db, user.id, chosen))) return { ok: false, errors: { [ACTOR_FIELD]: t('org.actor.notMember') } };
  return { ok: true, actor: { userId: user.id, organisationId: chosen } };
}
