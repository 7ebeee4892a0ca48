import type { PublishedStatistic, PublishedValue } from '../../platform/statistics/index.ts';
import { isCounted, valuesOf, type Labelled, type Question } from './questions.ts';
import { ANSWERED } from './response-box.ts';
import { tableName } from './statistics.ts';

/** One answer's published count and its share of the question's answers (null when either is hidden). */
export interface ResultRow {
  value: string;
  figure: PublishedValue;
  share: number | null;
}

/** A question's (or a matrix item's) published results, ready for a page, a CSV file or the API. */
export interface QuestionResult {
  question: Question;
  item: Labelled | null;
  rows: ResultRow[];
  /** How many answered the question (a matrix: the item), as published. */
  answered: PublishedValue | undefined;
}

/** A published figure as a number (exact or noised), or null when it is only "fewer than n". */
export const figureNumber = (figure: PublishedValue | undefined): number | null => (!figure ? null : 'value' in figure ? figure.value : 'noised' in figure ? figure.noised : null);

function rowsOf(table: PublishedStatistic['tables'][string] | undefined, values: readonly string[], answered: PublishedValue | undefined): ResultRow[] {
  const total = figureNumber(answered);
  return values.map((value) => {
    const figure = table?.cells[value] ?? { value: 0 };
    const n = figureNumber(figure);
    return { value, figure, share: n !== null && total ? n / total : null };
  });
}

/**
 * Turns a published survey statistic into one result per counted question (one per item for a
 * matrix), in question order. Shares are read from the published figures only, never from the true
 * counts: the total of a single choice is its table's total, that of a multiple choice the number of
 * people who answered it.
 */
export function questionResults(statistic: PublishedStatistic, questions: readonly Question[], neighbourhoods: readonly string[]): QuestionResult[] {
  const results: QuestionResult[] = [];
  for (const q of questions.filter(isCounted)) {
    const values = valuesOf(q, neighbourhoods);
    if (q.kind === 'matrix') {
      for (const item of q.items) {
        const table = statistic.tables[tableName(q.id, item.key)];
        results.push({ question: q, item, rows: rowsOf(table, values, table?.total), answered: table?.total });
      }
    } else if (q.kind === 'multiple') {
      const answered = statistic.tables[tableName(q.id, ANSWERED)]?.cells[ANSWERED];
      results.push({ question: q, item: null, rows: rowsOf(statistic.tables[tableName(q.id)], values, answered), answered });
    } else {
      const table = statistic.tables[tableName(q.id)];
      results.push({ question: q, item: null, rows: rowsOf(table, values, table?.total), answered: table?.total });
    }
  }
  return results;
}
