import { type Kysely, sql } from 'kysely';

/**
 * At most one pending invitation per organisation and email: a unique constraint makes a double
 * invitation impossible, not just unlikely. Emails are stored lower-cased, so the index compares like people do.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('organisation_invitation_one_pending')
    .on('organisation_invitation')
    .columns(['organisation_id', 'email'])
    .unique()
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('organisation_invitation_one_pending').execute();
}
