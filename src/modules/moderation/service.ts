import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { isModerator, requireResident } from '../../platform/session.ts';
import { notify, type NotifyDeps } from '../notifications/index.ts';
import { cleanPublicReason } from './public-reason.ts';
import type { FlagReason } from './reasons.ts';
import { findModeratable, type ModeratableDefinition, type ModeratedResource } from './registry.ts';

/** A refusal the page explains (catalog keys per field) with the status to answer with. */
export type ModerationResult<T = void> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 409; errors: FieldErrors };

type Deps = Pick<AppDeps, 'db' | 'modules'>;
type HideDeps = Deps & NotifyDeps;

/** Returns the signed-in moderator (or admin), else throws 401/403. */
export function requireModerator(user: CurrentUser | null): CurrentUser {
  const person = requireResident(user);
  if (!isModerator(person)) throw forbidden();
  return person;
}

async function requireResource(deps: Deps, type: string, id: string, viewer: CurrentUser): Promise<{ def: ModeratableDefinition; resource: ModeratedResource }> {
  const def = findModeratable(deps.modules, type);
  const resource = def ? await def.load(deps, id, viewer) : null;
  if (!def || !resource) throw notFound();
  return { def, resource };
}

async function logAction(trx: Kysely<Database>, type: string, id: string, resource: ModeratedResource, action: 'hide' | 'auto_hide' | 'restore' | 'dismiss', moderatorId: string | null, publicReason: string | null) {
  await trx
    .insertInto('moderation_action')
    .values({ id: randomUUID(), resource_type: type, resource_id: id, process_id: resource.processId, action, resource_title: resource.title, public_reason: publicReason, moderator_user_id: moderatorId, created_at: new Date().toISOString() })
    .execute();
}

async function resolveFlags(trx: Kysely<Database>, type: string, id: string): Promise<void> {
  await trx.updateTable('moderation_flag').set({ resolved_at: new Date().toISOString() }).where('resource_type', '=', type).where('resource_id', '=', id).where('resolved_at', 'is', null).execute();
}

/**
 * Flags a resource (one flag per person per resource). When the open flags reach the resource's threshold
 * it is hidden pending review; who flagged is never published.
 */
export async function flagResource(deps: Deps, user: CurrentUser | null, input: { type: string; id: string; reason: FlagReason; text: string }): Promise<ModerationResult<{ hiddenNow: boolean }>> {
  const person = requireResident(user);
  const { def, resource } = await requireResource(deps, input.type, input.id, person);
  if (resource.authorUserId === person.id) return { ok: false, status: 403, errors: { _form: 'moderation.errors.ownContent' } };
  const already = await deps.db.selectFrom('moderation_flag').select('id').where('resource_type', '=', input.type).where('resource_id', '=', input.id).where('user_id', '=', person.id).executeTakeFirst();
  const alreadyFlagged = { ok: false as const, status: 409 as const, errors: { _form: 'moderation.errors.alreadyFlagged' } };
  if (already) return alreadyFlagged;
  try {
    const hiddenNow = await deps.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('moderation_flag')
        .values({ id: randomUUID(), resource_type: input.type, resource_id: input.id, user_id: person.id, reason: input.reason, text: input.text, created_at: new Date().toISOString(), resolved_at: null })
        .execute();
      const open = await trx.selectFrom('moderation_flag').select((eb) => eb.fn.countAll<number>().as('n')).where('resource_type', '=', input.type).where('resource_id', '=', input.id).where('resolved_at', 'is', null).executeTakeFirstOrThrow();
      if (resource.hidden || Number(open.n) < resource.flagThreshold) return false;
      await def.setHidden(trx, input.id, true, null);
      await logAction(trx, input.type, input.id, resource, 'auto_hide', null, null);
      await recordAudit(trx, null, 'moderation.auto_hide', { type: input.type, id: input.id }, { openFlags: Number(open.n), threshold: resource.flagThreshold });
      return true;
    });
    return { ok: true, value: { hiddenNow } };
  } catch (err) {
    if (isUniqueViolation(err)) return alreadyFlagged;
    throw err;
  }
}

/**
 * Hides a resource with a public reason shown in its place, and closes its open flags (moderators only).
 * Its author is told, with the same public reason, so they learn it from the platform rather than by chance.
 */
export async function hideResource(deps: HideDeps, user: CurrentUser | null, input: { type: string; id: string; publicReason: string }): Promise<void> {
  const moderator = requireModerator(user);
  const { def, resource } = await requireResource(deps, input.type, input.id, moderator);
  const reason = cleanPublicReason(input.publicReason);
  await deps.db.transaction().execute(async (trx) => {
    await def.setHidden(trx, input.id, true, reason);
    await resolveFlags(trx, input.type, input.id);
    await logAction(trx, input.type, input.id, resource, 'hide', moderator.id, reason);
    await recordAudit(trx, { userId: moderator.id }, 'moderation.hide', { type: input.type, id: input.id }, { publicReason: reason });
  });
  if (resource.authorUserId) {
    await notify(deps, { userIds: [resource.authorUserId], kind: 'my_content_hidden', params: { title: resource.title, reason }, url: resource.url, excludeUserId: moderator.id });
  }
}

/** Shows a hidden resource again, or keeps a visible one and dismisses its flags (moderators only). */
export async function restoreResource(deps: Deps, user: CurrentUser | null, input: { type: string; id: string }): Promise<void> {
  const moderator = requireModerator(user);
  const { def, resource } = await requireResource(deps, input.type, input.id, moderator);
  const action = resource.hidden ? 'restore' : 'dismiss';
  await deps.db.transaction().execute(async (trx) => {
    if (resource.hidden) await def.setHidden(trx, input.id, false, null);
    await resolveFlags(trx, input.type, input.id);
    await logAction(trx, input.type, input.id, resource, action, moderator.id, null);
    await recordAudit(trx, { userId: moderator.id }, `moderation.${action}`, { type: input.type, id: input.id });
  });
}

/** Blocks a person from participating for some days (moderators only; never oneself or a city admin). */
export async function blockUser(deps: Deps, user: CurrentUser | null, input: { userId: string; days: number; reason: string }, now = new Date()): Promise<ModerationResult<{ until: string }>> {
  const moderator = requireModerator(user);
  const target = await deps.db.selectFrom('user').select(['id', 'role', 'deletedAt']).where('id', '=', input.userId).executeTakeFirst();
  if (!target || target.deletedAt) throw notFound();
  if (target.id === moderator.id || target.role === 'admin') return { ok: false, status: 403, errors: { _form: 'moderation.errors.cannotBlock' } };
  const until = new Date(now.getTime() + input.days * 86_400_000).toISOString();
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('user_block').values({ id, user_id: target.id, until, reason: input.reason, created_by: moderator.id, created_at: now.toISOString(), lifted_at: null }).execute();
    await recordAudit(trx, { userId: moderator.id }, 'moderation.block', { type: 'user', id: target.id }, { until, reason: input.reason });
  });
  return { ok: true, value: { until } };
}

/** Ends a block before its date (moderators only). */
export async function liftBlock(deps: Deps, user: CurrentUser | null, blockId: string): Promise<void> {
  const moderator = requireModerator(user);
  const block = await deps.db.selectFrom('user_block').select(['id', 'user_id']).where('id', '=', blockId).where('lifted_at', 'is', null).executeTakeFirst();
  if (!block) throw notFound();
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('user_block').set({ lifted_at: new Date().toISOString() }).where('id', '=', blockId).execute();
    await recordAudit(trx, { userId: moderator.id }, 'moderation.unblock', { type: 'user', id: block.user_id }, { blockId });
  });
}
