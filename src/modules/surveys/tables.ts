/** Row types of the survey module's tables (migration 021_surveys), added to the app's Database type. */
import type { Generated } from 'kysely';

/** A survey's own text (its settings live with the component). */
export interface SurveyTable {
  component_id: string;
  intro_fr: Generated<string>;
  intro_en: Generated<string>;
  /** 'quality-of-life' once the ready-made template was applied, '' otherwise. */
  template: Generated<string>;
  /** 1 once the closed survey's responses were rewritten in one random order (0 again after any later mix). */
  sealed: Generated<number>;
  /** Grows each time answers are counted into the tally: published figures are cached per version. */
  tally_version: Generated<number>;
  updated_at: string;
}

/** A question. Options, matrix items and scale labels are JSON lists of `{ key, fr, en }`; the condition is JSON or null. */
export interface SurveyQuestionTable {
  id: string;
  component_id: string;
  position: number;
  kind: string;
  required: number;
  title_fr: string;
  title_en: string;
  help_fr: string;
  help_en: string;
  options: string;
  items: string;
  scale_labels: string;
  condition: string | null;
  /** The perceived indicator a scale question feeds, or null. */
  indicator_code: string | null;
  /** 1 to start a new page before this question even without a condition. */
  page_break: number;
}

/** A response being written, kept with its respondent so it can be resumed; it goes when submitted. */
export interface SurveyDraftTable {
  id: string;
  component_id: string;
  respondent_key: string;
}

/** One answer value of a draft (same shape as a submitted answer). */
export interface SurveyDraftAnswerTable {
  draft_id: string;
  question_id: string;
  item: string;
  value: string;
}

/** An anonymous response waiting to be mixed into the responses with others: its JSON, no respondent, no time. */
export interface SurveyPoolTable {
  id: string;
  component_id: string;
  response: string;
}

/**
 * A submitted response: with its respondent when the survey is signed, with none at all when it is
 * anonymous; the neighbourhood the respondent gave and the year it was given, for counts.
 */
export interface SurveyResponseTable {
  id: string;
  component_id: string;
  respondent_key: string | null;
  /** The neighbourhood slug the respondent gave ('other' when none of them); null when the survey asks none. */
  neighbourhood: string | null;
  year: string;
}

/** One answer value: several rows for a multiple choice, one per item for a matrix. */
export interface SurveyAnswerTable {
  response_id: string;
  question_id: string;
  item: string;
  value: string;
}

/** Who has answered a survey (an account or a pseudonym) and in which year — never which answer is theirs. */
export interface SurveyRespondentTable {
  component_id: string;
  respondent_key: string;
  year: string;
}

/** Submitted answers counted as they arrive, per question, item, value and neighbourhood: results never read answers one by one. */
export interface SurveyTallyTable {
  component_id: string;
  question_id: string;
  item: string;
  value: string;
  area: string;
  answers: number;
}

declare module '../../db/schema.ts' {
  interface Database {
    survey: SurveyTable;
    survey_question: SurveyQuestionTable;
    survey_draft: SurveyDraftTable;
    survey_draft_answer: SurveyDraftAnswerTable;
    survey_pool: SurveyPoolTable;
    survey_response: SurveyResponseTable;
    survey_answer: SurveyAnswerTable;
    survey_respondent: SurveyRespondentTable;
    survey_tally: SurveyTallyTable;
  }
}
