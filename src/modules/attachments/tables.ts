/** What an attachment hangs on: a proposal, a process, a budget project. */
export type AttachmentOwnerType = 'proposal' | 'process' | 'budget_project';
/** An image (re-encoded, served at `/uploads/<upload_id>`) or a PDF document (served at `/files/<id>`). */
export type AttachmentKind = 'image' | 'document';

/**
 * One file attached to a proposal, a process or a budget project. The bytes and their size live in
 * `upload` (whose `created_by` is who sent it, for the quota); this row says where the file belongs,
 * in which order, and what it shows: the alt text of an image, the sanitised name of a document.
 */
export interface AttachmentTable {
  id: string;
  owner_type: AttachmentOwnerType;
  owner_id: string;
  kind: AttachmentKind;
  upload_id: string;
  /** Alt text of an image; a proposal's is in its author's language, like its title, and kept here. */
  alt_fr: string;
  alt_en: string;
  /** A document's file name as sent, reduced to safe characters (shown as the link and the download name). */
  name: string;
  position: number;
  created_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    attachment: AttachmentTable;
  }
}
