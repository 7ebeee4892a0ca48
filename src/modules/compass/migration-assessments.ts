import { sql, type Kysely } from 'kysely';

/**
 * 024_compass_assessments: every version of every assessment. Only one current version (superseded_at
 * null) may exist per initiative and assessor: a partial unique index makes a double assessment
 * impossible, while older versions stay for the compass "as it was" at an earlier date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('compass_assessment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('compass_initiative.id').onDelete('cascade'))
    .addColumn('assessor_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('cascade'))
    .addColumn('stakeholder_group', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('digital_business', 'double precision', (c) => c.notNull())
    .addColumn('eco_city', 'double precision', (c) => c.notNull())
    .addColumn('ethic_human', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .addCheckConstraint('compass_assessment_group', sql`stakeholder_group in ('city', 'associations', 'businesses', 'residents', 'other-organisations')`)
    .execute();
  await db.schema
    .createIndex('compass_assessment_current')
    .on('compass_assessment')
    .columns(['initiative_id', 'assessor_key'])
    .unique()
    .where(sql.ref('superseded_at'), 'is', null)
    .execute();
  await db.schema.createIndex('compass_assessment_by_initiative').on('compass_assessment').columns(['initiative_id', 'stakeholder_group', 'created_at']).execute();
  await db.schema.createIndex('compass_assessment_by_user').on('compass_assessment').column('user_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('compass_assessment').execute();
}
