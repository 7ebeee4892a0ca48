import type { Kysely } from 'kysely';

/**
 * The ingestion log (migration 034): one row per notification or CSV upload and device, with what was
 * kept and what was refused and why, for the sensor team. Kept 30 days; no measured value is in it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('observation_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('device_ref', 'text', (c) => c.notNull())
    .addColumn('sensor_id', 'text', (c) => c.references('register_sensor.id').onDelete('cascade'))
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('duplicates', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('rejections', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('observation_log_device').on('observation_log').columns(['device_ref', 'at']).execute();
  await db.schema.createIndex('observation_log_at').on('observation_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('observation_log').execute();
}
