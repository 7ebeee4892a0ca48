import { registerExportSection, type ExportSection } from '../accounts/index.ts';

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

// Registered when the routes load, so "download my data" includes the person's comments whenever the app runs.
registerExportSection(comments);
registerExportSection(commentVotes);
