import type { Kysely } from 'kysely';

/** Debates (comments and their votes), moderation (flags, actions, blocks) and notifications (items, preferences). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('comment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('comment.id').onDelete('cascade'))
    .addColumn('depth', 'integer', (c) => c.notNull())
    // Accounts are anonymised, never deleted, so a comment keeps its author row ("deleted participant").
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('user.id'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('stance', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .execute();
  await db.schema.createIndex('comment_resource').on('comment').columns(['resource_type', 'resource_id']).execute();
  await db.schema.createIndex('comment_author').on('comment').column('author_user_id').execute();

  await db.schema
    .createTable('comment_vote')
    .addColumn('comment_id', 'text', (c) => c.notNull().references('comment.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('direction', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('comment_vote_pk', ['comment_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('moderation_flag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('moderation_flag_once', ['resource_type', 'resource_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('moderation_action')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('process_id', 'text', (c) => c.references('process.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource_title', 'text', (c) => c.notNull())
    .addColumn('public_reason', 'text')
    .addColumn('moderator_user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_action_process').on('moderation_action').columns(['process_id', 'created_at']).execute();

  await db.schema
    .createTable('user_block')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('until', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .execute();
  await db.schema.createIndex('user_block_user').on('user_block').column('user_id').execute();

  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .execute();
  await db.schema.createIndex('notification_user').on('notification').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notification_digest').on('notification').columns(['delivery', 'emailed_at']).execute();

  await db.schema
    .createTable('notification_preference')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('email_delivery', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['notification_preference', 'notification', 'user_block', 'moderation_action', 'moderation_flag', 'comment_vote', 'comment']) {
    await db.schema.dropTable(t).execute();
  }
}
