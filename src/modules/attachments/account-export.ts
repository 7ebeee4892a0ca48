import type { ExportSection } from '../accounts/index.ts';

// The files a person sent, where they are attached and what they say about them (the bytes are downloaded from the addresses given).
const uploads: ExportSection = async (db, userId) => [
  'uploads',
  (
    await db
      .selectFrom('upload')
      .leftJoin('attachment', 'attachment.upload_id', 'upload.id')
      .select(['upload.id', 'upload.mime', 'upload.size', 'upload.created_at', 'attachment.id as attachment_id', 'attachment.owner_type', 'attachment.owner_id', 'attachment.kind', 'attachment.alt_fr', 'attachment.alt_en', 'attachment.name'])
      .where('upload.created_by', '=', userId)
      .orderBy('upload.created_at')
      .orderBy('upload.id')
      .execute()
  ).map((row) => ({ ...row, address: row.kind === 'document' ? `/files/${row.attachment_id}` : `/uploads/${row.id}` })),
];

/** What this module adds to "download my data". */
export const attachmentExportSections: ExportSection[] = [uploads];
