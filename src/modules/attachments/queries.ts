import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AttachmentKind, AttachmentOwnerType } from './tables.ts';

/** An attachment as pages show it, with its stored size. */
export interface AttachmentView {
  id: string;
  kind: AttachmentKind;
  upload_id: string;
  alt_fr: string;
  alt_en: string;
  name: string;
  size: number;
  position: number;
}

/** Who owns a set of attachments. */
export interface AttachmentOwner {
  type: AttachmentOwnerType;
  id: string;
}

/** The attachments of one owner: images first, each kind in its order. */
export function listAttachments(db: Kysely<Database>, owner: AttachmentOwner): Promise<AttachmentView[]> {
  return db
    .selectFrom('attachment')
    .innerJoin('upload', 'upload.id', 'attachment.upload_id')
    .select(['attachment.id', 'attachment.kind', 'attachment.upload_id', 'attachment.alt_fr', 'attachment.alt_en', 'attachment.name', 'upload.size', 'attachment.position'])
    .where('attachment.owner_type', '=', owner.type)
    .where('attachment.owner_id', '=', owner.id)
    .orderBy('attachment.kind', 'desc')
    .orderBy('attachment.position')
    .execute();
}

/** The first image of each owner that has one (the thumbnail of list and ballot cards), by owner id. */
export async function firstImages(db: Kysely<Database>, type: AttachmentOwnerType, ownerIds: readonly string[]): Promise<Map<string, AttachmentView>> {
  const found = new Map<string, AttachmentView>();
  if (ownerIds.length === 0) return found;
  const rows = await db
    .selectFrom('attachment')
    .innerJoin('upload', 'upload.id', 'attachment.upload_id')
    .select(['attachment.owner_id', 'attachment.id', 'attachment.kind', 'attachment.upload_id', 'attachment.alt_fr', 'attachment.alt_en', 'attachment.name', 'upload.size', 'attachment.position'])
    .where('attachment.owner_type', '=', type)
    .where('attachment.owner_id', 'in', [...ownerIds])
    .where('attachment.kind', '=', 'image')
    .orderBy('attachment.position')
    .execute();
  for (const { owner_id, ...row } of rows) if (!found.has(owner_id)) found.set(owner_id, row);
  return found;
}

/** What an account keeps stored: how many files and how many bytes (the quota counts these). */
export async function storedBy(db: Kysely<Database>, userId: string): Promise<{ files: number; bytes: number }> {
  const row = await db
    .selectFrom('upload')
    .select((eb) => [eb.fn.countAll().as('files'), eb.fn.sum<number | string | null>('size').as('bytes')])
    .where('created_by', '=', userId)
    .executeTakeFirstOrThrow();
  return { files: Number(row.files), bytes: Number(row.bytes ?? 0) };
}
