import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { auditChanges, recordAudit } from '../../platform/audit.ts';
import type { CurrentUser, Role } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { slugify } from '../../platform/slug.ts';
import { holdsAny, type DeletionResult } from '../../web/confirm.tsx';
import { neighbourhoodUse } from './neighbourhood-use.ts';

/** Who loses a role, and which: what the confirmation step of a revocation names. */
export interface RoleRevocation {
  userId: string;
  name: string;
  from: Role;
  to: Role;
}

export type RoleChangeResult = { ok: true } | { ok: false; error: 'admin.users.lastAdmin' | 'admin.users.unverified' } | { ok: false; unconfirmed: RoleRevocation };

/**
 * Grants or revokes a role; keeps at least one admin and writes the change to the audit log. A
 * revocation (to a lower role) happens only `confirmed`: otherwise nothing changes and the result says
 * what the confirmation step must name (someone who revokes their own role cannot take it back).
 */
export async function changeRole(db: Kysely<Database>, admin: CurrentUser, userId: string, role: Role, confirmed: boolean): Promise<RoleChangeResult> {
  return db.transaction().execute(async (trx): Promise<RoleChangeResult> => {
    const target = await trx.selectFrom('user').select(['id', 'name', 'role', 'emailVerified', 'deletedAt']).where('id', '=', userId).executeTakeFirst();
    if (!target || target.deletedAt) throw new HttpError(404, 'not_found');
    const from = (target.role ?? 'resident') as Role;
    if (from === role) return { ok: true } as const;
    if (role !== 'resident' && !target.emailVerified) return { ok: false, error: 'admin.users.unverified' } as const;
    if (from === 'admin') {
      const admins = await trx.selectFrom('user').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').where('deletedAt', 'is', null).executeTakeFirstOrThrow();
      if (Number(admins.n) <= 1) return { ok: false, error: 'admin.users.lastAdmin' } as const;
    }
    const granted = rank(role) > rank(from);
    if (!granted && !confirmed) return { ok: false, unconfirmed: { userId, name: target.name, from, to: role } };
    await trx.updateTable('user').set({ role }).where('id', '=', userId).execute();
    await recordAudit(trx, { userId: admin.id }, granted ? 'role.grant' : 'role.revoke', { type: 'user', id: userId }, { from, to: role });
    return { ok: true } as const;
  });
}

const rank = (role: Role) => ['resident', 'moderator', 'admin'].indexOf(role);

export type NeighbourhoodInput = { name_fr: string; name_en: string };

/** Adds a neighbourhood to the city-wide list (slug from the French name); refuses a duplicate name. */
export async function addNeighbourhood(db: Kysely<Database>, admin: CurrentUser, input: NeighbourhoodInput): Promise<{ ok: true; id: string } | { ok: false; field: string }> {
  return db.transaction().execute(async (trx) => {
    const slug = slugify(input.name_fr) || 'n';
    const clash = await trx.selectFrom('neighbourhood').select('id').where((eb) => eb.or([eb('slug', '=', slug), eb('name_fr', '=', input.name_fr)])).executeTakeFirst();
    if (clash) return { ok: false, field: 'name_fr' } as const;
    const last = await trx.selectFrom('neighbourhood').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
    const id = randomUUID();
    await trx.insertInto('neighbourhood').values({ id, slug, name_fr: input.name_fr, name_en: input.name_en || input.name_fr, position: Number(last?.p ?? -1) + 1 }).execute();
    await recordAudit(trx, { userId: admin.id }, 'neighbourhood.create', { type: 'neighbourhood', id }, { ...input });
    return { ok: true, id } as const;
  });
}

/** Renames a neighbourhood (its slug stays, so links keep working). */
export async function renameNeighbourhood(db: Kysely<Database>, admin: CurrentUser, id: string, input: NeighbourhoodInput): Promise<{ ok: boolean }> {
  return db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('neighbourhood').select('id').where('name_fr', '=', input.name_fr).where('id', '!=', id).executeTakeFirst();
    if (clash) return { ok: false };
    const before = await trx.selectFrom('neighbourhood').select(['name_fr', 'name_en']).where('id', '=', id).executeTakeFirst();
    if (!before) throw new HttpError(404, 'not_found');
    const after = { name_fr: input.name_fr, name_en: input.name_en || input.name_fr };
    await trx.updateTable('neighbourhood').set(after).where('id', '=', id).execute();
    await recordAudit(trx, { userId: admin.id }, 'neighbourhood.rename', { type: 'neighbourhood', id }, auditChanges(before, after, ['name_fr', 'name_en']));
    return { ok: true };
  });
}

/** Deletes a neighbourhood, only while nothing names it (residents, processes, budgets, proposals...); otherwise nothing changes. */
export async function deleteNeighbourhood(db: Kysely<Database>, admin: CurrentUser, id: string): Promise<DeletionResult> {
  return db.transaction().execute(async (trx): Promise<DeletionResult> => {
    const row = await trx.selectFrom('neighbourhood').select(['name_fr']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new HttpError(404, 'not_found');
    const held = await neighbourhoodUse(trx, id, true);
    if (holdsAny(held)) return { ok: false, held };
    await trx.deleteFrom('neighbourhood').where('id', '=', id).execute();
    await recordAudit(trx, { userId: admin.id }, 'neighbourhood.delete', { type: 'neighbourhood', id }, { name_fr: row.name_fr });
    return { ok: true };
  });
}
