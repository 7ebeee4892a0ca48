import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { discardImageFile, recordUpload, writeImageFile, type WrittenImage } from '../../platform/uploads.ts';
import type { AttachmentPlan } from './form.ts';
import type { AttachmentOwner } from './queries.ts';

/** The files of a plan, written to disk before the transaction that records them. */
interface WrittenFiles {
  images: { file: WrittenImage; alt_fr: string; alt_en: string }[];
  document: { fileName: string; size: number; name: string } | null;
}

async function writeFiles(uploadDir: string, plan: AttachmentPlan): Promise<WrittenFiles> {
  const written: WrittenFiles = { images: [], document: null };
  try {
    for (const { image, alt_fr, alt_en } of plan.newImages) written.images.push({ file: await writeImageFile(uploadDir, image), alt_fr, alt_en });
    if (plan.newDocument) {
      const fileName = `${randomBytes(16).toString('hex')}.pdf`;
      await mkdir(uploadDir, { recursive: true });
      await writeFile(join(uploadDir, fileName), plan.newDocument.bytes, { flag: 'wx' });
      written.document = { fileName, size: plan.newDocument.bytes.byteLength, name: plan.newDocument.name };
    }
  } catch (error) {
    await discardFiles(uploadDir, written);
    throw error;
  }
  return written;
}

async function discardFiles(uploadDir: string, written: WrittenFiles): Promise<void> {
  for (const { file } of written.images) await discardImageFile(uploadDir, file);
  if (written.document) await rm(join(uploadDir, written.document.fileName), { force: true });
}

async function nextPosition(trx: Kysely<Database>, owner: AttachmentOwner): Promise<number> {
  const row = await trx.selectFrom('attachment').select((eb) => eb.fn.max('position').as('last')).where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Deletes attachment rows and their upload rows; returns the file names to remove once the transaction commits. */
export async function deleteAttachmentRows(trx: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const uploads = await trx.selectFrom('attachment').innerJoin('upload', 'upload.id', 'attachment.upload_id').select(['upload.id', 'upload.file_name', 'upload.small_file_name']).where('attachment.id', 'in', [...ids]).execute();
  await trx.deleteFrom('attachment').where('id', 'in', [...ids]).execute();
  if (uploads.length) await trx.deleteFrom('upload').where('id', 'in', uploads.map((u) => u.id)).execute();
  return uploads.flatMap((u) => [u.file_name, u.small_file_name].filter((n): n is string => Boolean(n)));
}

async function applyPlan(trx: Kysely<Database>, owner: AttachmentOwner, plan: AttachmentPlan, written: WrittenFiles, userId: string): Promise<string[]> {
  const now = new Date().toISOString();
  for (const change of plan.altChanges) {
    await trx.updateTable('attachment').set({ alt_fr: change.alt_fr, alt_en: change.alt_en }).where('id', '=', change.id).where('owner_id', '=', owner.id).execute();
  }
  const obsolete = await deleteAttachmentRows(trx, plan.removed.map((a) => a.id));
  let position = await nextPosition(trx, owner);
  const row = (upload_id: string, kind: 'image' | 'document', fields: { alt_fr?: string; alt_en?: string; name?: string }) =>
    ({ id: randomUUID(), owner_type: owner.type, owner_id: owner.id, kind, upload_id, alt_fr: fields.alt_fr ?? '', alt_en: fields.alt_en ?? '', name: fields.name ?? '', position: position++, created_at: now });
  for (const image of written.images) {
    const uploadId = await recordUpload(trx, image.file, userId);
    await trx.insertInto('attachment').values(row(uploadId, 'image', image)).execute();
  }
  if (written.document) {
    const uploadId = randomUUID();
    await trx.insertInto('upload').values({ id: uploadId, mime: 'application/pdf', size: written.document.size, file_name: written.document.fileName, created_by: userId, created_at: now }).execute();
    await trx.insertInto('attachment').values(row(uploadId, 'document', { name: written.document.name })).execute();
  }
  return obsolete;
}

/** Removes files whose rows are gone (after the commit: a rolled-back removal keeps its files). */
export async function removeStoredFiles(uploadDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rm(join(uploadDir, name), { force: true });
}

/**
 * Saves an owner and its attachments together: new files are written first, `write` and the plan run
 * in one transaction, new files are removed again if it fails, and removed files go once it commits —
 * so no row is left without its file and no file without its row.
 */
export async function saveWithAttachments<T>(
  db: Kysely<Database>,
  uploadDir: string,
  plan: AttachmentPlan,
  userId: string,
  write: (trx: Kysely<Database>) => Promise<{ owner: AttachmentOwner; value: T }>,
): Promise<T> {
  const written = await writeFiles(uploadDir, plan);
  let outcome: { value: T; obsolete: string[] };
  try {
    outcome = await db.transaction().execute(async (trx) => {
      const { owner, value } = await write(trx);
      return { value, obsolete: await applyPlan(trx, owner, plan, written, userId) };
    });
  } catch (error) {
    await discardFiles(uploadDir, written);
    throw error;
  }
  await removeStoredFiles(uploadDir, outcome.obsolete);
  return outcome.value;
}

/** An empty plan: saving changes nothing in the attachments (API and forms without a file field). */
export const noAttachmentChange = (): AttachmentPlan => ({ newImages: [], newDocument: null, removed: [], altChanges: [] });

/** Deletes every attachment of an owner being deleted; returns the file names to remove once the transaction commits. */
export async function deleteAttachmentsOf(trx: Kysely<Database>, owner: AttachmentOwner): Promise<string[]> {
  const rows = await trx.selectFrom('attachment').select('id').where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).execute();
  return deleteAttachmentRows(trx, rows.map((r) => r.id));
}

// Where each kind of owner lives: an attachment whose owner row is gone is an orphan.
const ownerTables = { proposal: 'proposal', process: 'process', budget_project: 'budget_project' } as const satisfies Record<AttachmentOwner['type'], keyof Database>;

/**
 * Deletes the attachments whose owner a cascade has just removed (a budget's projects go with the budget,
 * a process's budgets with the process, and those modules do not know each other's files); returns the
 * file names to remove once the transaction commits.
 */
export async function deleteOrphanedAttachments(trx: Kysely<Database>): Promise<string[]> {
  const orphans: string[] = [];
  for (const [type, table] of Object.entries(ownerTables)) {
    const rows = await trx
      .selectFrom('attachment')
      .select('id')
      .where('owner_type', '=', type as AttachmentOwner['type'])
      .where(sql<boolean>`not exists (select 1 from ${sql.table(table)} as owner where owner.id = attachment.owner_id)`)
      .execute();
    orphans.push(...rows.map((r) => r.id));
  }
  return deleteAttachmentRows(trx, orphans);
}
