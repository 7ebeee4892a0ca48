import type { Kysely } from 'kysely';

/**
 * 042_register_text_language: the language a register entry's free text (description, purpose, what it
 * detects, the algorithm's answers) is written in, so a page in the other language marks it with its
 * `lang` and says "(in French)". Entries written before were in French, the city's language.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['register_sensor', 'register_algorithm']) await db.schema.alterTable(table).addColumn('text_language', 'text', (c) => c.notNull().defaultTo('fr')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['register_sensor', 'register_algorithm']) await db.schema.alterTable(table).dropColumn('text_language').execute();
}
