import type { Kysely } from 'kysely';

/**
 * 043_organisation_description_language: the language an organisation's description is written in, so a
 * page in the other language marks it with its `lang` and says it exists in that language only.
 * Descriptions written before were in French, the city's language; '' means "not said" (nothing marked).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').addColumn('description_language', 'text', (c) => c.notNull().defaultTo('fr')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('organisation').dropColumn('description_language').execute();
}
