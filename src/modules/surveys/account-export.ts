import type { ExportSection } from '../accounts/index.ts';
import { accountRespondentKey } from './identity.ts';

type AnswerRow = { id: string; survey: string; question_id: string; item: string; value: string };

// One entry per response (or draft), its answers in order.
function grouped<R extends AnswerRow>(rows: R[], extra: (row: R) => Record<string, unknown>) {
  const out = new Map<string, Record<string, unknown> & { answers: { question: string; item: string; value: string }[] }>();
  for (const r of rows) {
    const entry = out.get(r.id) ?? { survey: r.survey, ...extra(r), answers: [] };
    entry.answers.push({ question: r.question_id, item: r.item, value: r.value });
    out.set(r.id, entry);
  }
  return [...out.values()];
}

// The register says which surveys the person answered, never which answer is theirs when it was anonymous.
const surveysAnswered: ExportSection = async (db, userId) => [
  'surveysAnswered',
  await db.selectFrom('survey_respondent').select(['component_id as survey', 'year']).where('respondent_key', '=', accountRespondentKey(userId)).orderBy('component_id').execute(),
];

// Signed answers stay with their respondent: they are the person's data.
const signedSurveyAnswers: ExportSection = async (db, userId) => {
  const rows = await db
    .selectFrom('survey_answer')
    .innerJoin('survey_response', 'survey_response.id', 'survey_answer.response_id')
    .select(['survey_response.id', 'survey_response.component_id as survey', 'survey_response.neighbourhood', 'survey_response.year', 'survey_answer.question_id', 'survey_answer.item', 'survey_answer.value'])
    .where('survey_response.respondent_key', '=', accountRespondentKey(userId))
    .orderBy('survey_response.component_id')
    .orderBy('survey_answer.question_id')
    .execute();
  return ['signedSurveyAnswers', grouped(rows, (r) => ({ neighbourhood: r.neighbourhood, year: r.year }))];
};

const surveyDrafts: ExportSection = async (db, userId) => {
  const rows = await db
    .selectFrom('survey_draft_answer')
    .innerJoin('survey_draft', 'survey_draft.id', 'survey_draft_answer.draft_id')
    .select(['survey_draft.id', 'survey_draft.component_id as survey', 'survey_draft_answer.question_id', 'survey_draft_answer.item', 'survey_draft_answer.value'])
    .where('survey_draft.respondent_key', '=', accountRespondentKey(userId))
    .orderBy('survey_draft.component_id')
    .orderBy('survey_draft_answer.question_id')
    .execute();
  return ['surveyDrafts', grouped(rows, () => ({}))];
};

/** What the surveys module adds to "download my data": surveys answered, signed answers, unfinished drafts. */
export const surveyExportSections: ExportSection[] = [surveysAnswered, signedSurveyAnswers, surveyDrafts];
