import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { isAdmin, requireResident } from '../../platform/session.ts';
import type { MapContext } from './map-context.ts';
import { ensureMap, organisationRole } from './queries.ts';
import { insertStatement, type ActionResult } from './service.ts';
import { MAX_LENGTH_LIMIT, MIN_LENGTH_LIMIT } from './settings.ts';

/** What a host sets up; the host organisation is a city admin's choice only. */
export const setupSchema = z.object({
  question_fr: z.string().trim().min(1).max(300),
  question_en: z.string().trim().max(300).default(''),
  context_fr: z.string().trim().max(3000).default(''),
  context_en: z.string().trim().max(3000).default(''),
  moderation: z.enum(['post', 'pre']),
  max_length: z.coerce.number('opinion.errors.lengthLimit').int('opinion.errors.lengthLimit').min(MIN_LENGTH_LIMIT, 'opinion.errors.lengthLimit').max(MAX_LENGTH_LIMIT, 'opinion.errors.lengthLimit'),
  participation: z.enum(['account', 'pseudonymous']),
  host_organisation_id: z.string().max(100).default(''),
});
export type SetupInput = z.output<typeof setupSchema>;

/** Who runs a map: a city admin, or an owner/admin of the organisation recorded as its host (acting for it). */
export async function hostActor(db: Kysely<Database>, user: CurrentUser | null, ctx: MapContext): Promise<{ userId: string; organisationId: string | null } | null> {
  if (!user || !user.emailVerified) return null;
  const userId = user.id;
  if (isAdmin(user)) return { userId, organisationId: null };
  const hostId = ctx.map.host_organisation_id;
  if (!hostId) return null;
  const role = await organisationRole(db, hostId, userId);
  return role === 'owner' || role === 'admin' ? { userId, organisationId: hostId } : null;
}

async function requireHost(db: Kysely<Database>, user: CurrentUser | null, ctx: MapContext) {
  requireResident(user);
  const actor = await hostActor(db, user, ctx);
  if (!actor) throw forbidden();
  return actor;
}

/** Saves the question, context and rules of a map (hosts); only a city admin may change the host organisation. */
export async function saveSetup(db: Kysely<Database>, user: CurrentUser | null, ctx: MapContext, input: SetupInput): Promise<ActionResult> {
  const actor = await requireHost(db, user, ctx);
  let host = ctx.map.host_organisation_id;
  if (isAdmin(user)) {
    host = input.host_organisation_id || null;
    if (host && !(await db.selectFrom('organisation').select('id').where('id', '=', host).executeTakeFirst())) {
      return { ok: false, errors: { host_organisation_id: 'form.invalidChoice' } };
    }
  }
  const { host_organisation_id: _ignored, ...setup } = input;
  await db.transaction().execute(async (trx) => {
    await ensureMap(trx, ctx.component.id);
    await trx.updateTable('opinion_map').set({ ...setup, host_organisation_id: host, updated_at: new Date().toISOString() }).where('component_id', '=', ctx.component.id).execute();
    await recordAudit(trx, actor, 'opinion.setup', { type: 'component', id: ctx.component.id }, { ...setup, host });
  });
  return { ok: true };
}

/** Adds a seed statement written by a host (visible at once, even before the phase opens). */
export async function addSeedStatement(db: Kysely<Database>, user: CurrentUser | null, ctx: MapContext, text: string): Promise<ActionResult> {
  const actor = await requireHost(db, user, ctx);
  const result = await insertStatement(db, ctx.component.id, ctx.map.max_length, text, { identity: null, status: 'visible', seed: true });
  if (result.ok) await recordAudit(db, actor, 'opinion.seed', { type: 'component', id: ctx.component.id }, { text });
  return result;
}

const nextStatus = { approve: 'visible', hide: 'hidden', show: 'visible' } as const;
export type ModerationChoice = keyof typeof nextStatus;

/** Approves, hides or shows again a statement of the map (hosts), with an audit entry. */
export async function moderateStatement(db: Kysely<Database>, user: CurrentUser | null, ctx: MapContext, statementId: string, choice: ModerationChoice): Promise<void> {
  const actor = await requireHost(db, user, ctx);
  const statement = await db.selectFrom('opinion_statement').select(['id', 'body', 'status']).where('id', '=', statementId).where('map_id', '=', ctx.component.id).executeTakeFirst();
  if (!statement) throw notFound();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('opinion_statement').set({ status: nextStatus[choice] }).where('id', '=', statement.id).execute();
    await recordAudit(trx, actor, `opinion.statement.${choice}`, { type: 'opinion_statement', id: statement.id }, { mapId: ctx.component.id, body: statement.body, was: statement.status });
  });
}
