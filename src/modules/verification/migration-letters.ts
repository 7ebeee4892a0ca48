import type { Kysely } from 'kysely';

/** 027_verification_letters: postal letters (sealed address until printed, hashed code) and help-desk staff. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('verification_letter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('neighbourhood_id', 'text', (c) => c.notNull().references('neighbourhood.id').onDelete('cascade'))
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('person_hmac', 'text', (c) => c.notNull())
    .addColumn('sealed_address', 'text')
    .addColumn('code_hash', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('printed_at', 'text')
    .addColumn('expires_at', 'text')
    .addColumn('tries', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('verification_letter_user').on('verification_letter').column('user_id').execute();
  await db.schema
    .createTable('verification_desk_staff')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('granted_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('verification_desk_staff').execute();
  await db.schema.dropTable('verification_letter').execute();
}
