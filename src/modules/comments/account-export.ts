import type { ExportSection } from '../accounts/index.ts';

const comments: ExportSection = async (db, userId) => [
  'comments',
  await db
    .selectFrom('comment')
    .select(['id', 'resource_type', 'resource_id', 'parent_id', 'organisation_id', 'stance', 'body', 'created_at', 'edited_at', 'deleted_at', 'hidden_at', 'hidden_reason'])
    .where('author_user_id', '=', userId)
    .orderBy('created_at')
    .execute(),
];

const commentVotes: ExportSection = async (db, userId) => [
  'commentVotes',
  await db.selectFrom('comment_vote').select(['comment_id', 'direction', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

/** What this module adds to "download my data", in order. */
export const commentExportSections: ExportSection[] = [comments, commentVotes];
