import type { Kysely } from 'kysely';

/** Devices and their tokens, aggregates per device and hour or day, idempotency keys and refusal counts. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('observation_device')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sensor_id', 'text', (c) => c.notNull().references('register_sensor.id').onDelete('cascade'))
    .addColumn('device_ref', 'text', (c) => c.notNull().unique())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_hint', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('observation_device_sensor').on('observation_device').column('sensor_id').execute();
  await db.schema
    .createTable('observation_aggregate')
    .addColumn('sensor_id', 'text', (c) => c.notNull().references('register_sensor.id').onDelete('cascade'))
    .addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('sum', 'double precision', (c) => c.notNull())
    .addColumn('min', 'double precision', (c) => c.notNull())
    .addColumn('max', 'double precision', (c) => c.notNull())
    .addColumn('energy', 'double precision')
    .addPrimaryKeyConstraint('observation_aggregate_pk', ['sensor_id', 'measure', 'period', 'start'])
    .execute();
  await db.schema.createIndex('observation_aggregate_read').on('observation_aggregate').columns(['model', 'period', 'start']).execute();
  await db.schema
    .createTable('observation_key')
    .addColumn('sensor_id', 'text', (c) => c.notNull().references('register_sensor.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_key_pk', ['sensor_id', 'key'])
    .execute();
  await db.schema.createIndex('observation_key_seen').on('observation_key').column('seen_at').execute();
  await db.schema
    .createTable('observation_refusal')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('device_ref', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_refusal_pk', ['day', 'reason', 'device_ref'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['observation_refusal', 'observation_key', 'observation_aggregate', 'observation_device']) await db.schema.dropTable(table).execute();
}
