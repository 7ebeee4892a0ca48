import type { Kysely } from 'kysely';

/**
 * Uploaded images are re-encoded on the server: the row records the size of the served image and a
 * phone-sized variant (for `srcset`). Rows from before have no width: they are re-encoded when first
 * served. Opinion maps count how many pseudonymous participants joined from one network per day,
 * under a keyed hash of the address that is erased once its day is over (never the address itself).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  await db.schema.alterTable('upload').addColumn('width', 'integer').execute();
  await db.schema.alterTable('upload').addColumn('height', 'integer').execute();
  await db.schema.alterTable('upload').addColumn('small_file_name', 'text').execute();
  await db.schema.alterTable('upload').addColumn('small_width', 'integer').execute();
  await db.schema.alterTable('upload').addColumn('small_height', 'integer').execute();

  await db.schema
    .createTable('opinion_pseudonym_origin')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) => c.notNull().references('opinion_map.component_id').onDelete('cascade'))
    // UTC day (YYYY-MM-DD) the participants joined on.
    .addColumn('day', 'text', (c) => c.notNull())
    // HMAC of the network under a key of that day; NULL once the day is over (the count stays).
    .addColumn('address_key', 'text')
    .addColumn('pseudonyms', 'integer', (c) => c.notNull())
    .addUniqueConstraint('opinion_pseudonym_origin_once', ['map_id', 'day', 'address_key'])
    .execute();
  await db.schema.createIndex('opinion_pseudonym_origin_day').on('opinion_pseudonym_origin').column('day').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('opinion_pseudonym_origin').execute();
  for (const column of ['small_height', 'small_width', 'small_file_name', 'height', 'width']) await db.schema.alterTable('upload').dropColumn(column).execute();
}
