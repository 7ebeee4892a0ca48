import type { Kysely } from 'kysely';

/**
 * Rate limits count in sliding windows: each counter keeps the previous window's hits beside the current
 * window's, and an earliest time for the next attempt (sign-in slows an account down instead of locking it).
 * Rows older than a day are purged by the app: the index serves that.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  await db.schema.alterTable('rate_limit').addColumn('previous_hits', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('rate_limit').addColumn('not_before', 'bigint', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('rate_limit_window_start').on('rate_limit').column('window_start').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('rate_limit_window_start').execute();
  for (const column of ['not_before', 'previous_hits']) await db.schema.alterTable('rate_limit').dropColumn(column).execute();
}
