import type { Kysely } from 'kysely';

/**
 * The HTML of each comment's text, made when the comment is written or edited instead of on every page
 * view. Existing comments get theirs the first time a page shows them (src/modules/comments/thread.ts):
 * a migration stays as it was written, so it does not call today's renderer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comment').addColumn('body_html', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('comment').dropColumn('body_html').execute();
}
