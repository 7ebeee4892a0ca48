import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Answers } from './conditions.ts';
import { toQuestion, type Question } from './questions.ts';
import type { SurveyTable } from './tables.ts';

export type SurveyRow = Selectable<SurveyTable>;

/** A survey's text; a survey nobody set up yet reads as empty. */
export async function findSurvey(db: Kysely<Database>, componentId: string): Promise<SurveyRow> {
  const row = await db.selectFrom('survey').selectAll().where('component_id', '=', componentId).executeTakeFirst();
  return row ?? { component_id: componentId, intro_fr: '', intro_en: '', template: '', sealed: 0, tally_version: 0, updated_at: '' };
}

/** The questions in order. */
export async function listQuestions(db: Kysely<Database>, componentId: string): Promise<Question[]> {
  const rows = await db.selectFrom('survey_question').selectAll().where('component_id', '=', componentId).orderBy('position').orderBy('id').execute();
  return rows.map(toQuestion);
}

/** The id of this respondent's draft, if they started one. */
export async function findDraftId(db: Kysely<Database>, componentId: string, respondentKey: string): Promise<string | undefined> {
  const row = await db.selectFrom('survey_draft').select('id').where('component_id', '=', componentId).where('respondent_key', '=', respondentKey).executeTakeFirst();
  return row?.id;
}

/** A draft's answers, by question (a matrix's values as `item=value`). */
export async function draftAnswers(db: Kysely<Database>, draftId: string | undefined): Promise<Map<string, string[]>> {
  const answers = new Map<string, string[]>();
  if (!draftId) return answers;
  const rows = await db.selectFrom('survey_draft_answer').select(['question_id', 'item', 'value']).where('draft_id', '=', draftId).orderBy('question_id').orderBy('item').orderBy('value').execute();
  for (const r of rows) answers.set(r.question_id, [...(answers.get(r.question_id) ?? []), r.item ? `${r.item}=${r.value}` : r.value]);
  return answers;
}

/** Whether this respondent has answered (the register says so; it never says which answer). */
export async function hasAnswered(db: Kysely<Database>, componentId: string, respondentKey: string): Promise<boolean> {
  const row = await db.selectFrom('survey_respondent').select('year').where('component_id', '=', componentId).where('respondent_key', '=', respondentKey).executeTakeFirst();
  return row !== undefined;
}

/** How many people have answered (the register's size: responses still in the pool included). */
export async function countRespondents(db: Kysely<Database>, componentId: string): Promise<number> {
  const row = await db.selectFrom('survey_respondent').select((eb) => eb.fn.countAll<number>().as('n')).where('component_id', '=', componentId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether anyone started answering (a draft, or a response): from then on the questions' structure is fixed. */
export async function hasResponses(db: Kysely<Database>, componentId: string): Promise<boolean> {
  const [draft, answered] = await Promise.all([
    db.selectFrom('survey_draft').select('id').where('component_id', '=', componentId).limit(1).executeTakeFirst(),
    db.selectFrom('survey_respondent').select('year').where('component_id', '=', componentId).limit(1).executeTakeFirst(),
  ]);
  return draft !== undefined || answered !== undefined;
}

/** The running tally of submitted answers (a few rows per question, however many answers). */
export function readTally(db: Kysely<Database>, componentId: string) {
  return db.selectFrom('survey_tally').select(['question_id', 'item', 'value', 'area', 'answers']).where('component_id', '=', componentId).execute();
}

/** Every submitted answer of a survey, response by response in storage order, without anything about who gave it. */
export function listResponseAnswers(db: Kysely<Database>, componentId: string) {
  return db
    .selectFrom('survey_answer')
    .innerJoin('survey_response', 'survey_response.id', 'survey_answer.response_id')
    .select(['survey_answer.response_id', 'survey_answer.question_id', 'survey_answer.item', 'survey_answer.value'])
    .where('survey_response.component_id', '=', componentId)
    .orderBy('survey_answer.response_id')
    .execute();
}

/** The submitted responses of a survey (id, neighbourhood, year), ordered by their random id. */
export function listResponses(db: Kysely<Database>, componentId: string) {
  return db.selectFrom('survey_response').select(['id', 'neighbourhood', 'year']).where('component_id', '=', componentId).orderBy('id').execute();
}

/** Every submitted free-text answer to these questions, without anything about who gave it, in alphabetical order. */
export function listTextAnswers(db: Kysely<Database>, componentId: string, questionIds: readonly string[]) {
  if (questionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('survey_answer')
    .innerJoin('survey_response', 'survey_response.id', 'survey_answer.response_id')
    .select(['survey_answer.question_id', 'survey_answer.value'])
    .where('survey_response.component_id', '=', componentId)
    .where('survey_answer.question_id', 'in', questionIds)
    .orderBy('survey_answer.question_id')
    .orderBy('survey_answer.value')
    .execute();
}

export type { Answers };
