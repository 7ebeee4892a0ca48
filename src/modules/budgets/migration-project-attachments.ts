import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

/**
 * 041_budget_project_attachments: a budget project's one image (migration 012's `image_upload_id` and
 * its alt texts) becomes its first image in the attachments module's table, beside up to two more and
 * its PDF documents, like proposals and processes. The same upload row and file stay (nothing is
 * re-encoded or lost); the three old columns go, so the image lives in one place only.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const projects: { id: string; image_upload_id: string; image_alt_fr: string; image_alt_en: string; created_at: string }[] = await db
    .selectFrom('budget_project')
    .select(['id', 'image_upload_id', 'image_alt_fr', 'image_alt_en', 'created_at'])
    .where('image_upload_id', 'is not', null)
    .execute();
  const rows = projects.map((p) => ({
    id: randomUUID(),
    owner_type: 'budget_project',
    owner_id: p.id,
    kind: 'image',
    upload_id: p.image_upload_id,
    // An image saved before alt text was required still needs one: the form then asks for it.
    alt_fr: p.image_alt_fr,
    alt_en: p.image_alt_en,
    name: '',
    position: 1,
    created_at: p.created_at,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('attachment').values(rows.slice(i, i + 500)).execute();
  // One column per statement: SQLite drops only one column per ALTER TABLE.
  for (const column of ['image_upload_id', 'image_alt_fr', 'image_alt_en']) await db.schema.alterTable('budget_project').dropColumn(column).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('budget_project').addColumn('image_upload_id', 'text', (c) => c.references('upload.id').onDelete('set null')).execute();
  await db.schema.alterTable('budget_project').addColumn('image_alt_fr', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('budget_project').addColumn('image_alt_en', 'text', (c) => c.notNull().defaultTo('')).execute();
  // The old column holds one image: each project gets its first one back; the others stay as attachments.
  const firsts: { owner_id: string; upload_id: string; alt_fr: string; alt_en: string; id: string }[] = await db
    .selectFrom('attachment')
    .select(['id', 'owner_id', 'upload_id', 'alt_fr', 'alt_en'])
    .where('owner_type', '=', 'budget_project')
    .where('kind', '=', 'image')
    .orderBy('position', 'desc')
    .execute();
  const first = new Map(firsts.map((a) => [a.owner_id, a]));
  for (const a of first.values()) {
    await db.updateTable('budget_project').set({ image_upload_id: a.upload_id, image_alt_fr: a.alt_fr, image_alt_en: a.alt_en }).where('id', '=', a.owner_id).execute();
    await db.deleteFrom('attachment').where('id', '=', a.id).execute();
  }
}
