import type { Kysely } from 'kysely';

/**
 * 022_participation: the population of each neighbourhood (for figures per 1,000 inhabitants), as the
 * admins enter it with its reference year, and the page's one setting (differential privacy).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('neighbourhood_population')
    .addColumn('neighbourhood_id', 'text', (c) => c.primaryKey().references('neighbourhood.id').onDelete('cascade'))
    .addColumn('population', 'integer', (c) => c.notNull())
    .addColumn('reference_year', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('participation_setting')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('participation_setting').execute();
  await db.schema.dropTable('neighbourhood_population').execute();
}
