import type { Kysely } from 'kysely';

/**
 * 021_surveys: questions; drafts (linked to their respondent, so they can be resumed); the pool where
 * anonymous responses wait to be mixed; responses and their answers; the register of who has answered
 * (no link to the answers); and the running tally the results page reads. Everything goes with its
 * component. See docs/guide-surveys.md for what links what.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('survey')
    .addColumn('component_id', 'text', (c) => c.primaryKey().references('component.id').onDelete('cascade'))
    .addColumn('intro_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('intro_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('template', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tally_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('survey_question')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('help_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('help_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('scale_labels', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('condition', 'text')
    .addColumn('indicator_code', 'text')
    .addColumn('page_break', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('survey_question_component').on('survey_question').columns(['component_id', 'position']).execute();
  await db.schema
    .createTable('survey_draft')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('respondent_key', 'text', (c) => c.notNull())
    .addUniqueConstraint('survey_draft_respondent', ['component_id', 'respondent_key'])
    .execute();
  await db.schema
    .createTable('survey_draft_answer')
    .addColumn('draft_id', 'text', (c) => c.notNull().references('survey_draft.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('survey_question.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_draft_answer_pk', ['draft_id', 'question_id', 'item', 'value'])
    .execute();
  await db.schema
    .createTable('survey_pool')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('response', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_pool_component').on('survey_pool').column('component_id').execute();
  await db.schema
    .createTable('survey_response')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('respondent_key', 'text')
    .addColumn('neighbourhood', 'text')
    .addColumn('year', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_response_component').on('survey_response').columns(['component_id', 'year']).execute();
  await db.schema
    .createTable('survey_answer')
    .addColumn('response_id', 'text', (c) => c.notNull().references('survey_response.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull().references('survey_question.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_pk', ['response_id', 'question_id', 'item', 'value'])
    .execute();
  await db.schema.createIndex('survey_answer_question').on('survey_answer').column('question_id').execute();
  await db.schema
    .createTable('survey_respondent')
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('respondent_key', 'text', (c) => c.notNull())
    .addColumn('year', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_respondent_pk', ['component_id', 'respondent_key'])
    .execute();
  await db.schema
    .createTable('survey_tally')
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_tally_pk', ['component_id', 'question_id', 'item', 'value', 'area'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['survey_tally', 'survey_respondent', 'survey_answer', 'survey_response', 'survey_pool', 'survey_draft_answer', 'survey_draft', 'survey_question', 'survey']) {
    await db.schema.dropTable(table).execute();
  }
}
