import type { Kysely } from 'kysely';

/**
 * The city's identity as its admins set it: the name shown in the header, the page titles, the emails and the
 * printed signs, and a logo (an upload). One row at most (key 'city'); without it the platform is "cocity".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('city_identity')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('logo_upload_id', 'text', (c) => c.references('upload.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('city_identity').execute();
}
