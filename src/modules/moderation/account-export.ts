import { registerExportSection, type ExportSection } from '../accounts/index.ts';

const flags: ExportSection = async (db, userId) => [
  'moderationFlags',
  await db.selectFrom('moderation_flag').select(['id', 'resource_type', 'resource_id', 'reason', 'text', 'created_at', 'resolved_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

const blocks: ExportSection = async (db, userId) => [
  'moderationBlocks',
  await db.selectFrom('user_block').select(['id', 'until', 'reason', 'created_at', 'lifted_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

// Registered when the routes load, so "download my data" includes the person's flags and blocks whenever the app runs.
registerExportSection(flags);
registerExportSection(blocks);
