import type { Kysely } from 'kysely';

/**
 * Alternative text of a process's hero image, in both languages (an image without alt text fails
 * screen-reader users), and named revision counters that tell every app instance a cached list is stale.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('process').addColumn('hero_alt_fr', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('process').addColumn('hero_alt_en', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema
    .createTable('cache_revision')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('revision', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('cache_revision').values({ name: 'processes', revision: 0 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('cache_revision').execute();
  await db.schema.alterTable('process').dropColumn('hero_alt_en').execute();
  await db.schema.alterTable('process').dropColumn('hero_alt_fr').execute();
}
