import type { Kysely } from 'kysely';

/**
 * Idempotency keys grouped per device and observed hour, one row each (migration 033). The row per
 * observation of migration 032 cost a random b-tree insert per observation, most of a batch's commit;
 * a device-hour row takes a whole batch's keys in one append. The old keys are dropped: they lived 48 hours.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('observation_seen')
    .addColumn('sensor_id', 'text', (c) => c.notNull().references('register_sensor.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('keys', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_seen_pk', ['sensor_id', 'hour'])
    .execute();
  await db.schema.createIndex('observation_seen_at').on('observation_seen').column('seen_at').execute();
  await db.schema.dropTable('observation_key').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('observation_seen').execute();
  await db.schema
    .createTable('observation_key')
    .addColumn('sensor_id', 'text', (c) => c.notNull().references('register_sensor.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_key_pk', ['sensor_id', 'key'])
    .execute();
  await db.schema.createIndex('observation_key_seen').on('observation_key').column('seen_at').execute();
}
