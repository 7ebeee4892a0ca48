import type { Kysely } from 'kysely';

/**
 * Public registers of the sensors and algorithms the city uses: departments and who may edit
 * their entries, the entries themselves (DTPR device questions; Eurocities algorithmic
 * transparency fields), every change to them, and residents' questions with public answers.
 * Vocabulary lists (purposes, technologies...) are JSON arrays of DTPR term ids in text columns.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('register_department')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('register_editor')
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('register_department.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('register_editor_pk', ['user_id', 'department_id'])
    .execute();

  const common = (t: any) =>
    t
      .addColumn('id', 'text', (c: any) => c.primaryKey())
      .addColumn('department_id', 'text', (c: any) => c.notNull().references('register_department.id'))
      .addColumn('name_fr', 'text', (c: any) => c.notNull())
      .addColumn('name_en', 'text', (c: any) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c: any) => c.notNull())
      .addColumn('review_on', 'text')
      .addColumn('process_id', 'text', (c: any) => c.references('process.id').onDelete('set null'));
  const text = (t: any, names: string[]) => names.reduce((acc, n) => acc.addColumn(n, 'text', (c: any) => c.notNull().defaultTo('')), t);
  const stamps = (t: any) => t.addColumn('created_at', 'text', (c: any) => c.notNull()).addColumn('updated_at', 'text', (c: any) => c.notNull());

  let sensor = common(db.schema.createTable('register_sensor'));
  sensor = text(sensor, ['description', 'purposes', 'purpose_detail', 'technologies', 'detects', 'data_types', 'processing', 'storage', 'access', 'retention', 'address', 'vendor', 'approval_url']);
  sensor = sensor
    .addColumn('personal_data', 'integer', (c: any) => c.notNull().defaultTo(0))
    .addColumn('retention_days', 'integer')
    .addColumn('neighbourhood_id', 'text', (c: any) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('installed_on', 'text')
    .addColumn('retired_on', 'text');
  await stamps(sensor).execute();
  await db.schema.createIndex('register_sensor_department').on('register_sensor').column('department_id').execute();

  let algorithm = common(db.schema.createTable('register_algorithm'));
  algorithm = text(algorithm, [
    'short_description', 'organisation', 'contact_email', 'domain', 'website',
    'decision_process', 'goal', 'impact', 'risks', 'risk_category', 'proportionality', 'lawful_basis',
    'source_data', 'training_data', 'personal_data_used', 'bias', 'connected_sources', 'dpia_summary', 'dpia_url',
    'algorithm_type', 'algorithm_description', 'methods', 'performance', 'alternatives', 'source_code_url',
    'monitoring', 'human_intervention', 'objection_procedure', 'rollback', 'autonomy', 'decision_types',
  ]);
  algorithm = algorithm.addColumn('uses_personal_data', 'integer', (c: any) => c.notNull().defaultTo(0));
  await stamps(algorithm).execute();
  await db.schema.createIndex('register_algorithm_department').on('register_algorithm').column('department_id').execute();

  await db.schema
    .createTable('register_change')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_type', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('register_department.id'))
    .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('register_change_entry').on('register_change').columns(['entry_type', 'entry_id', 'created_at']).execute();
  await db.schema.createIndex('register_change_recent').on('register_change').column('created_at').execute();

  await db.schema
    .createTable('register_question')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_type', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_at', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .execute();
  await db.schema.createIndex('register_question_entry').on('register_question').columns(['entry_type', 'entry_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['register_question', 'register_change', 'register_algorithm', 'register_sensor', 'register_editor', 'register_department']) {
    await db.schema.dropTable(table).execute();
  }
}
