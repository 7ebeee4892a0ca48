import type { Kysely } from 'kysely';

/**
 * 039_attachments: images and PDF documents attached to proposals, processes and budget projects. The
 * owner is named by type and id (three tables can own files), so deleting an owner removes its rows
 * in the owner's service; the upload row holds the bytes' size and who sent them (the quota).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('upload_id', 'text', (c) => c.notNull().unique().references('upload.id'))
    .addColumn('alt_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alt_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachment_owner').on('attachment').columns(['owner_type', 'owner_id', 'kind', 'position']).execute();
  // The quota sums an account's uploads at every save.
  await db.schema.createIndex('upload_created_by').on('upload').column('created_by').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('upload_created_by').execute();
  await db.schema.dropTable('attachment').execute();
}
