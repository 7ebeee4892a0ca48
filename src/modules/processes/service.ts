import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { requireAdmin } from '../../platform/session.ts';
import { holdsAny, type DeletionResult } from '../../web/confirm.tsx';
import { processParticipation } from './participation.ts';
import { bumpProcessesRevision, findProcessById, slugTaken } from './queries.ts';
import type { ProcessInput } from './schemas.ts';
import type { ProcessRow } from './types.ts';
import { deleteAttachmentsOf, deleteOrphanedAttachments, noAttachmentChange, removeStoredFiles, saveWithAttachments, type AttachmentPlan } from '../attachments/index.ts';
import { discardImageFile, recordUpload, writeImageFile, type CheckedImage, type WrittenImage } from './uploads.ts';

/** A result a form can show: done, or the errors per field. */
export type ServiceResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Where uploaded images go and who is acting. */
export interface ProcessWriteContext {
  db: Kysely<Database>;
  user: CurrentUser | null;
  uploadDir: string;
}

async function checkProcessRules(db: Kysely<Database>, input: ProcessInput, exceptId: string | null, willHaveHero: boolean): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (await slugTaken(db, input.slug, exceptId)) errors.slug = 'processes.errors.slugTaken';
  if (input.scope === 'neighbourhoods') {
    const wanted = [...new Set(input.neighbourhoods)];
    const known = wanted.length ? await db.selectFrom('neighbourhood').select('id').where('id', 'in', wanted).execute() : [];
    if (wanted.length === 0) errors.neighbourhoods = 'processes.errors.neighbourhoodsRequired';
    else if (known.length !== wanted.length) errors.neighbourhoods = 'form.invalidChoice';
  }
  if (willHaveHero && !input.hero_alt_fr) errors.hero_alt_fr = 'processes.errors.altRequired';
  return errors;
}

// Two admins saving the same new slug at once both pass the check; the unique index stops the second.
// Returns false when that happened, so the form can say so instead of failing. The hero file is
// written before the transaction and removed again if the transaction fails.
async function saveWithHero(
  ctx: ProcessWriteContext,
  slug: string,
  exceptId: string | null,
  hero: CheckedImage | null,
  files: { processId: string; plan: AttachmentPlan; adminId: string },
  write: (trx: Kysely<Database>, file: WrittenImage | null) => Promise<void>,
): Promise<boolean> {
  const file = hero ? await writeImageFile(ctx.uploadDir, hero) : null;
  try {
    await saveWithAttachments(ctx.db, ctx.uploadDir, files.plan, files.adminId, async (trx) => {
      await write(trx, file);
      return { owner: { type: 'process', id: files.processId }, value: null };
    });
    return true;
  } catch (err) {
    if (file) await discardImageFile(ctx.uploadDir, file);
    if (await slugTaken(ctx.db, slug, exceptId)) return false;
    throw err;
  }
}

const processColumns = (input: ProcessInput) => ({
  slug: input.slug,
  title_fr: input.title_fr,
  title_en: input.title_en,
  summary_fr: input.summary_fr,
  summary_en: input.summary_en,
  body_fr: input.body_fr,
  body_en: input.body_en,
  scope: input.scope,
  hero_alt_fr: input.hero_alt_fr,
  hero_alt_en: input.hero_alt_en,
});

async function replaceNeighbourhoods(trx: Kysely<Database>, processId: string, input: ProcessInput): Promise<void> {
  await trx.deleteFrom('process_neighbourhood').where('process_id', '=', processId).execute();
  const ids = input.scope === 'neighbourhoods' ? [...new Set(input.neighbourhoods)] : [];
  if (ids.length) await trx.insertInto('process_neighbourhood').values(ids.map((neighbourhood_id) => ({ process_id: processId, neighbourhood_id }))).execute();
}

/** Creates a draft process (admins only); error keys are catalog keys. */
export async function createProcess(ctx: ProcessWriteContext, input: ProcessInput, hero: CheckedImage | null, plan: AttachmentPlan = noAttachmentChange()): Promise<ServiceResult<ProcessRow>> {
  const admin = requireAdmin(ctx.user);
  const errors = await checkProcessRules(ctx.db, input, null, hero !== null);
  if (Object.keys(errors).length) return { ok: false, errors };
  const id = randomUUID();
  const now = new Date().toISOString();
  const saved = await saveWithHero(ctx, input.slug, null, hero, { processId: id, plan, adminId: admin.id }, async (trx, file) => {
    const heroId = file ? await recordUpload(trx, file, admin.id) : null;
    await trx
      .insertInto('process')
      .values({ id, ...processColumns(input), published: 0, hero_upload_id: heroId, manual_phase_id: null, created_at: now, updated_at: now })
      .execute();
    await replaceNeighbourhoods(trx, id, input);
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'process.create', { type: 'process', id }, { slug: input.slug });
  });
  if (!saved) return { ok: false, errors: { slug: 'processes.errors.slugTaken' } };
  return { ok: true, value: (await findProcessById(ctx.db, id))! };
}

/** Updates a process's texts, scope, hero image and attachments (admins only). */
export async function updateProcess(ctx: ProcessWriteContext, id: string, input: ProcessInput, hero: CheckedImage | null, plan: AttachmentPlan = noAttachmentChange()): Promise<ServiceResult<ProcessRow>> {
  const admin = requireAdmin(ctx.user);
  const existing = await findProcessById(ctx.db, id);
  if (!existing) throw notFound();
  const removeHero = input.remove_hero === 'on' && hero === null;
  const willHaveHero = hero !== null || (existing.hero_upload_id !== null && !removeHero);
  const errors = await checkProcessRules(ctx.db, input, id, willHaveHero);
  if (Object.keys(errors).length) return { ok: false, errors };
  const saved = await saveWithHero(ctx, input.slug, id, hero, { processId: id, plan, adminId: admin.id }, async (trx, file) => {
    const heroId = file ? await recordUpload(trx, file, admin.id) : removeHero ? null : existing.hero_upload_id;
    await trx
      .updateTable('process')
      .set({ ...processColumns(input), hero_upload_id: heroId, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    await replaceNeighbourhoods(trx, id, input);
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'process.update', { type: 'process', id }, { slug: input.slug, heroChanged: heroId !== existing.hero_upload_id });
  });
  if (!saved) return { ok: false, errors: { slug: 'processes.errors.slugTaken' } };
  return { ok: true, value: (await findProcessById(ctx.db, id))! };
}

/** Publishes or unpublishes a process (admins only). */
export async function setProcessPublished(db: Kysely<Database>, user: CurrentUser | null, id: string, published: boolean): Promise<void> {
  const admin = requireAdmin(user);
  const existing = await findProcessById(db, id);
  if (!existing) throw notFound();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('process').set({ published: published ? 1 : 0, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, published ? 'process.publish' : 'process.unpublish', { type: 'process', id });
  });
}

/**
 * Deletes a process with its phases and components, only while nobody has taken part in any of its
 * components; otherwise nothing changes (unpublish it instead) (admins only).
 */
export async function deleteProcess(deps: Pick<AppDeps, 'db' | 'modules' | 'config'>, user: CurrentUser | null, id: string): Promise<DeletionResult> {
  const { db } = deps;
  const admin = requireAdmin(user);
  const existing = await findProcessById(db, id);
  if (!existing) throw notFound();
  const outcome = await db.transaction().execute(async (trx): Promise<DeletionResult & { obsolete?: string[] }> => {
    const held = await processParticipation(trx, deps.modules, id, true);
    if (holdsAny(held)) return { ok: false, held };
    // Its images and documents go with it (their rows and, once committed, their files).
    const obsolete = await deleteAttachmentsOf(trx, { type: 'process', id });
    await trx.deleteFrom('process').where('id', '=', id).execute();
    // What the cascade removed with it (its budgets' projects) leaves no attachment behind either.
    obsolete.push(...(await deleteOrphanedAttachments(trx)));
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'process.delete', { type: 'process', id }, { slug: existing.slug, title: existing.title_fr });
    return { ok: true, obsolete };
  });
  if (outcome.ok) await removeStoredFiles(deps.config.uploadDir, outcome.obsolete ?? []);
  return outcome.ok ? { ok: true } : outcome;
}
