import type { Kysely } from 'kysely';

/**
 * Budget projects get an optional image (an `upload` row with alt text in both languages) and real
 * links to the proposals they come from. The free `proposal_url` column stays for other addresses.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  await db.schema.alterTable('budget_project').addColumn('image_upload_id', 'text', (c) => c.references('upload.id').onDelete('set null')).execute();
  await db.schema.alterTable('budget_project').addColumn('image_alt_fr', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('budget_project').addColumn('image_alt_en', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema
    .createTable('budget_project_proposal')
    .addColumn('project_id', 'text', (c) => c.notNull().references('budget_project.id').onDelete('cascade'))
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposal.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('budget_project_proposal_pk', ['project_id', 'proposal_id'])
    .execute();
  // The proposal page looks its budget projects up by proposal.
  await db.schema.createIndex('budget_project_proposal_proposal').on('budget_project_proposal').column('proposal_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_project_proposal').execute();
  for (const column of ['image_alt_en', 'image_alt_fr', 'image_upload_id']) {
    await db.schema.alterTable('budget_project').dropColumn(column).execute();
  }
}
