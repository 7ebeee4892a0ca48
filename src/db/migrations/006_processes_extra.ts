import type { Kysely } from 'kysely';

/** Alternative text of a process's hero image, in both languages (an image without alt text fails screen-reader users). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('process').addColumn('hero_alt_fr', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('process').addColumn('hero_alt_en', 'text', (c) => c.notNull().defaultTo('')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('process').dropColumn('hero_alt_en').execute();
  await db.schema.alterTable('process').dropColumn('hero_alt_fr').execute();
}
