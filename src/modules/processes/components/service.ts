import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { recordAudit } from '../../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../../platform/context.ts';
import { notFound } from '../../../platform/errors.ts';
import { requireAdmin } from '../../../platform/session.ts';
import { holdsAny, type DeletionResult } from '../../../web/confirm.tsx';
import { deleteOrphanedAttachments, removeStoredFiles } from '../../attachments/index.ts';
import { componentParticipation } from '../participation.ts';
import { bumpProcessesRevision, findProcessById } from '../queries.ts';
import type { ComponentNamesInput, NewComponentInput } from '../schemas.ts';
import type { ServiceResult } from '../service.ts';
import type { ComponentRow } from '../types.ts';
import { findManifest } from './registry.ts';
import type { StoredSettings } from './settings.ts';

/** A component of a process, or 404 (a component id under another process's address is not found either). */
export async function requireComponent(db: Kysely<Database>, processId: string, componentId: string): Promise<ComponentRow> {
  const row = await db.selectFrom('component').selectAll().where('id', '=', componentId).where('process_id', '=', processId).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Attaches a component of a registered type to a process, with default settings (admins only). */
export async function addComponent(deps: Pick<AppDeps, 'db' | 'modules'>, user: CurrentUser | null, processId: string, input: NewComponentInput): Promise<ServiceResult<ComponentRow>> {
  const { db } = deps;
  const admin = requireAdmin(user);
  if (!(await findProcessById(db, processId))) throw notFound();
  if (!findManifest(deps.modules, input.type)) return { ok: false, errors: { type: 'form.invalidChoice' } };
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('component').select('position').where('process_id', '=', processId).orderBy('position', 'desc').executeTakeFirst();
    await trx
      .insertInto('component')
      .values({
        id,
        process_id: processId,
        type: input.type,
        name_fr: input.name_fr,
        name_en: input.name_en,
        position: (last ? Number(last.position) : 0) + 1,
        settings: JSON.stringify({ global: {}, phases: {} }),
        published: 1,
        created_at: new Date().toISOString(),
      })
      .execute();
    await recordAudit(trx, { userId: admin.id }, 'component.create', { type: 'component', id }, { processId, componentType: input.type });
  });
  return { ok: true, value: await requireComponent(db, processId, id) };
}

/** What the component edit form saves: names, settings already checked against the manifest, and the type's own content. */
export interface ComponentUpdate {
  names: ComponentNamesInput;
  settings: StoredSettings;
  content: Record<string, unknown> | null;
}

/** Saves a component's names, settings and content in one transaction (admins only). */
export async function updateComponent(deps: Pick<AppDeps, 'db' | 'modules'>, user: CurrentUser | null, processId: string, componentId: string, update: ComponentUpdate): Promise<void> {
  const { db } = deps;
  const admin = requireAdmin(user);
  const component = await requireComponent(db, processId, componentId);
  const manifest = findManifest(deps.modules, component.type);
  if (!manifest) throw notFound();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('component')
      .set({ name_fr: update.names.name_fr, name_en: update.names.name_en, settings: JSON.stringify(update.settings) })
      .where('id', '=', componentId)
      .execute();
    if (manifest.content && update.content) await manifest.content.save(trx, componentId, update.content);
    await recordAudit(trx, { userId: admin.id }, 'component.update', { type: 'component', id: componentId }, { processId, settings: update.settings });
  });
}

/**
 * Deletes a component and its own rows (through the foreign keys), only while nobody has taken part
 * in it; otherwise nothing changes and the answer says what depends on it (admins only).
 */
export async function removeComponent(deps: Pick<AppDeps, 'db' | 'modules' | 'config'>, user: CurrentUser | null, processId: string, componentId: string): Promise<DeletionResult> {
  const { db } = deps;
  const admin = requireAdmin(user);
  const component = await requireComponent(db, processId, componentId);
  const outcome = await db.transaction().execute(async (trx): Promise<DeletionResult & { obsolete?: string[] }> => {
    // Checked inside the transaction, with the rows locked, so a contribution cannot arrive in between.
    const held = await componentParticipation(trx, deps.modules, component, true);
    if (holdsAny(held)) return { ok: false, held };
    await trx.deleteFrom('component').where('id', '=', componentId).execute();
    // Files attached to what the cascade removed (a budget's projects) go too, once committed.
    const obsolete = await deleteOrphanedAttachments(trx);
    await recordAudit(trx, { userId: admin.id }, 'component.delete', { type: 'component', id: componentId }, { processId, componentType: component.type, name: component.name_fr });
    return { ok: true, obsolete };
  });
  if (!outcome.ok) return outcome;
  await removeStoredFiles(deps.config.uploadDir, outcome.obsolete ?? []);
  return { ok: true };
}

/** Publishes a component or takes it back from the public (admins still see it; nothing is deleted) (admins only). */
export async function setComponentPublished(db: Kysely<Database>, user: CurrentUser | null, processId: string, componentId: string, published: boolean): Promise<void> {
  const admin = requireAdmin(user);
  await requireComponent(db, processId, componentId);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('component').set({ published: published ? 1 : 0 }).where('id', '=', componentId).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, published ? 'component.publish' : 'component.unpublish', { type: 'component', id: componentId }, { processId });
  });
}
