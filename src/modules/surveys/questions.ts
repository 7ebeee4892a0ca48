import type { Selectable } from 'kysely';
import type { SurveyQuestionTable } from './tables.ts';

/** The kinds of question a survey asks. `neighbourhood` is a single choice among the city's neighbourhoods. */
export const questionKinds = ['single', 'multiple', 'scale', 'matrix', 'short-text', 'long-text', 'neighbourhood'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** A choice, a matrix item or a scale label: a stable key and its text in both languages. */
export interface Labelled {
  key: string;
  fr: string;
  en: string;
}

/** Show a question only when an earlier answer matches: a choice was made (`equals`, `includes`) or a scale answer is at least / at most a value. */
export interface Condition {
  question: string;
  op: 'equals' | 'includes' | 'atLeast' | 'atMost';
  value: string;
}

/** A question as the services use it (JSON columns read). */
export interface Question {
  id: string;
  position: number;
  kind: QuestionKind;
  required: boolean;
  title_fr: string;
  title_en: string;
  help_fr: string;
  help_en: string;
  options: Labelled[];
  items: Labelled[];
  /** The five points of a scale, 1 to 5 (empty texts mean "just the number"). */
  scaleLabels: Labelled[];
  condition: Condition | null;
  indicatorCode: string | null;
  pageBreak: boolean;
}

/** The values a scale question takes. */
export const SCALE_POINTS = ['1', '2', '3', '4', '5'];
/** The value of the neighbourhood question for people living elsewhere or who prefer not to say. */
export const OTHER_AREA = 'other';
/** Longest answers kept (characters). */
export const TEXT_LIMITS = { 'short-text': 200, 'long-text': 5000 } as const;

const parseList = (json: string): Labelled[] => {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? (list as Labelled[]) : [];
  } catch {
    return [];
  }
};

/** Reads a stored question row. */
export function toQuestion(row: Selectable<SurveyQuestionTable>): Question {
  return {
    id: row.id,
    position: Number(row.position),
    kind: row.kind as QuestionKind,
    required: Number(row.required) === 1,
    title_fr: row.title_fr,
    title_en: row.title_en,
    help_fr: row.help_fr,
    help_en: row.help_en,
    options: parseList(row.options),
    items: parseList(row.items),
    scaleLabels: parseList(row.scale_labels),
    condition: row.condition ? (JSON.parse(row.condition) as Condition) : null,
    indicatorCode: row.indicator_code,
    pageBreak: Number(row.page_break) === 1,
  };
}

/** Whether the question's answers are counted (everything but free text). */
export const isCounted = (q: Pick<Question, 'kind'>): boolean => q.kind !== 'short-text' && q.kind !== 'long-text';

/** The values a counted question may take, in order (for a matrix: the scale points of each item). */
export function valuesOf(q: Question, neighbourhoods: readonly string[]): string[] {
  if (q.kind === 'single' || q.kind === 'multiple') return q.options.map((o) => o.key);
  if (q.kind === 'neighbourhood') return [...neighbourhoods, OTHER_AREA];
  if (q.kind === 'scale' || q.kind === 'matrix') return SCALE_POINTS;
  return [];
}
