import type { Kysely } from 'kysely';

/** The city's legal pages (edited texts; a page never edited shows its default) and who accepted which terms. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('legal_page')
    .addColumn('page', 'text', (c) => c.primaryKey())
    .addColumn('body_fr', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('terms_acceptance')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('accepted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('terms_acceptance_pk', ['user_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('terms_acceptance').execute();
  await db.schema.dropTable('legal_page').execute();
}
