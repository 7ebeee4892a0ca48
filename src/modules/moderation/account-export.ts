import type { ExportSection } from '../accounts/index.ts';

const flags: ExportSection = async (db, userId) => [
  'moderationFlags',
  await db.selectFrom('moderation_flag').select(['id', 'resource_type', 'resource_id', 'reason', 'text', 'created_at', 'resolved_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

const blocks: ExportSection = async (db, userId) => [
  'moderationBlocks',
  await db.selectFrom('user_block').select(['id', 'until', 'reason', 'created_at', 'lifted_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

/** What this module adds to "download my data", in order. */
export const moderationExportSections: ExportSection[] = [flags, blocks];
