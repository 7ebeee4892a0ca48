import type { Kysely } from 'kysely';

/**
 * 026_verification: the register of verified accounts (keyed hash unique, so one person verifies one
 * account), what each verification was used for, the census entries (keyed hash and neighbourhood
 * only) and the city's settings. See docs/verification.md.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('identity_verification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.unique().references('user.id').onDelete('set null'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('person_hmac', 'text', (c) => c.notNull().unique())
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('verified_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .execute();
  await db.schema
    .createTable('verification_use')
    .addColumn('verification_id', 'text', (c) => c.notNull().references('identity_verification.id').onDelete('cascade'))
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('verification_use_pk', ['verification_id', 'component_id', 'action'])
    .execute();
  await db.schema
    .createTable('census_entry')
    .addColumn('person_hmac', 'text', (c) => c.primaryKey())
    .addColumn('neighbourhood_id', 'text', (c) => c.notNull().references('neighbourhood.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('verification_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('census_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('letter_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('desk_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('validity_days', 'integer', (c) => c.notNull().defaultTo(365))
    .addColumn('census_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('census_imported_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['verification_settings', 'census_entry', 'verification_use', 'identity_verification']) await db.schema.dropTable(table).execute();
}
