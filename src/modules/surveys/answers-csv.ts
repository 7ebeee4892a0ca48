import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { localized } from '../../platform/i18n/index.ts';
import { csvText, type CsvCell } from '../../web/csv.ts';
import type { PageContext } from '../../web/layout.tsx';
import { listResponseAnswers, listResponses } from './queries.ts';
import type { SurveyContext } from './survey-context.ts';
import { questionTitle, valueLabel } from './views/question-field.tsx';

/**
 * Every submitted response as one CSV row, for the city's staff: a row number, the neighbourhood
 * given, the year, and one column per question (per item for a matrix; several choices joined with
 * " ; "). Nothing about who answered, even for a signed survey, and rows in the order of their random
 * ids. Anonymous responses still waiting in the pool appear once their batch is mixed or the survey closes.
 */
export async function answersCsv(db: Kysely<Database>, survey: Pick<SurveyContext, 'component' | 'questions' | 'neighbourhoods'>, ctx: PageContext): Promise<string> {
  const [responses, answers] = await Promise.all([listResponses(db, survey.component.id), listResponseAnswers(db, survey.component.id)]);
  const columns = survey.questions.flatMap((q) => (q.kind === 'matrix' ? q.items.map((item) => ({ q, item: item.key, title: `${questionTitle(ctx, q)} — ${localized(ctx.locale, item.fr, item.en)}` })) : [{ q, item: '', title: questionTitle(ctx, q) }]));
  const byResponse = new Map<string, Map<string, string[]>>();
  for (const a of answers) {
    const cells = byResponse.get(a.response_id) ?? new Map<string, string[]>();
    const key = `${a.question_id}\u0000${a.item}`;
    cells.set(key, [...(cells.get(key) ?? []), a.value]);
    byResponse.set(a.response_id, cells);
  }
  const hoodName = (slug: string | null) => (slug === null ? '' : (survey.neighbourhoods.find((n) => n.key === slug)?.label ?? ctx.t('surveys.answer.otherArea')));
  const rows: CsvCell[][] = [[ctx.t('surveys.csv.response'), ctx.t('surveys.csv.neighbourhood'), ctx.t('surveys.csv.year'), ...columns.map((col) => col.title)]];
  responses.forEach((r, i) => {
    const cells = byResponse.get(r.id);
    const text = (col: (typeof columns)[number]) => {
      const given = cells?.get(`${col.q.id}\u0000${col.item}`) ?? [];
      const isText = col.q.kind === 'short-text' || col.q.kind === 'long-text';
      return given.map((v) => (isText ? v : valueLabel(ctx, col.q, v, survey.neighbourhoods))).join(' ; ');
    };
    rows.push([i + 1, hoodName(r.neighbourhood), r.year, ...columns.map(text)]);
  });
  return csvText(rows);
}
