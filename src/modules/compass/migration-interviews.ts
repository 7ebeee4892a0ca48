import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { seededCodes } from './seeded-codes.ts';

/** 025_compass_interviews: interview guides (versioned), interviews, the codebook, coded segments, memos and published analyses. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('compass_guide')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('compass_guide_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('guide_id', 'text', (c) => c.notNull().references('compass_guide.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('compass_guide_version_unique', ['guide_id', 'version'])
    .execute();
  await db.schema
    .createTable('compass_interview')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('stakeholder_group', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('interviewed_on', 'text', (c) => c.notNull())
    .addColumn('guide_version_id', 'text', (c) => c.references('compass_guide_version.id').onDelete('set null'))
    .addColumn('consent', 'text', (c) => c.notNull())
    .addColumn('transcript', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addCheckConstraint('compass_interview_group', sql`stakeholder_group in ('city', 'associations', 'businesses', 'residents', 'other-organisations')`)
    .addCheckConstraint('compass_interview_consent', sql`consent in ('analysis', 'quotes')`)
    .execute();
  await db.schema
    .createTable('compass_code')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('compass_code.id').onDelete('cascade'))
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_fr', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('seed_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('compass_segment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('compass_interview.id').onDelete('cascade'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('compass_segment_range', sql`start_offset >= 0 and end_offset > start_offset`)
    .execute();
  await db.schema.createIndex('compass_segment_by_interview').on('compass_segment').columns(['interview_id', 'start_offset']).execute();
  await db.schema
    .createTable('compass_segment_code')
    .addColumn('segment_id', 'text', (c) => c.notNull().references('compass_segment.id').onDelete('cascade'))
    .addColumn('code_id', 'text', (c) => c.notNull().references('compass_code.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('compass_segment_code_pk', ['segment_id', 'code_id'])
    .execute();
  await db.schema
    .createTable('compass_memo')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull().references('compass_interview.id').onDelete('cascade'))
    .addColumn('segment_id', 'text', (c) => c.references('compass_segment.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('compass_analysis_release')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  const now = new Date().toISOString();
  const ids = new Map(seededCodes.map((c) => [c.key, randomUUID()]));
  await db
    .insertInto('compass_code')
    .values(seededCodes.map((c, position) => ({ id: ids.get(c.key), parent_id: c.parent ? ids.get(c.parent) : null, name_fr: c.fr, name_en: c.en, description_fr: c.dfr, description_en: c.den, position, seed_key: c.key, created_at: now })))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['compass_analysis_release', 'compass_memo', 'compass_segment_code', 'compass_segment', 'compass_code', 'compass_interview', 'compass_guide_version', 'compass_guide']) await db.schema.dropTable(table).execute();
}
