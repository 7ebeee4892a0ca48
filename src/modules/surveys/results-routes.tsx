import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { localized } from '../../platform/i18n/index.ts';
import { isAdmin } from '../../platform/session.ts';
import type { PublishedValue } from '../../platform/statistics/index.ts';
import { csvText, type CsvCell } from '../../web/csv.ts';
import { pageContext } from '../../web/layout.tsx';
import { isCounted } from './questions.ts';
import { figureNumber, questionResults, type QuestionResult } from './result-tables.ts';
import { loadSurveyResults } from './results-service.ts';
import { componentHref, loadSurvey, surveyLabel, surveyPath, type SurveyContext } from './survey-context.ts';
import { questionTitle, valueLabel } from './views/question-field.tsx';
import { ResultsPage } from './views/results-page.tsx';

/** A survey's public results: the page and its CSV file, both from the same published figures. */
export const resultsRoutes = new Hono<AppEnv>();

/** The survey's results as published now, with one result per question; 403 while they are not public. */
export async function publishedResults(c: Context<AppEnv>, survey: SurveyContext) {
  if (!survey.resultsVisible) throw forbidden();
  const outcome = await loadSurveyResults(c.var.deps, survey);
  const statistic = outcome ? (outcome.ok ? outcome.statistic : outcome.latest) : null;
  const results: QuestionResult[] = statistic ? questionResults(statistic, survey.questions, survey.neighbourhoods.map((n) => n.key)) : [];
  return { outcome, statistic, results };
}

resultsRoutes.get('/:componentId/results', async (c) => {
  const survey = await loadSurvey(c, c.req.param('componentId'));
  const { outcome, results } = await publishedResults(c, survey);
  const ctx = pageContext(c);
  const data = {
    surveyName: surveyLabel(survey, ctx.locale),
    backHref: componentHref(survey),
    csvHref: surveyPath(survey.component.id, 'results.csv'),
    textAnswersHref: isAdmin(c.var.user) ? surveyPath(survey.component.id, 'manage/text-answers') : null,
    outcome,
    results,
    textQuestions: survey.questions.filter((q) => !isCounted(q)),
    neighbourhoods: survey.neighbourhoods,
    open: survey.open,
  };
  return c.html(<ResultsPage ctx={ctx} data={data} />);
});

// A figure in a CSV cell: the number, the noised number, or "<5" for a hidden one.
const figureCell = (figure: PublishedValue | undefined): CsvCell => (!figure ? null : 'fewerThan' in figure ? `<${figure.fewerThan}` : figureNumber(figure));

resultsRoutes.get('/:componentId/results.csv', async (c) => {
  const survey = await loadSurvey(c, c.req.param('componentId'));
  const { statistic, results } = await publishedResults(c, survey);
  const ctx = pageContext(c);
  // For people, like the page it comes from: headers in the request's language (the API is the machine format).
  const header = (['question', 'item', 'answer', 'count', 'share', 'epsilon'] as const).map((column) => ctx.t(`surveys.csv.${column}`));
  const rows: CsvCell[][] = [header];
  const epsilon = statistic?.noise?.epsilon ?? null;
  for (const result of results) {
    const item = result.item ? localized(ctx.locale, result.item.fr, result.item.en) : '';
    for (const row of result.rows) {
      rows.push([questionTitle(ctx, result.question), item, valueLabel(ctx, result.question, row.value, survey.neighbourhoods), figureCell(row.figure), row.share === null ? null : Math.round(row.share * 1000) / 1000, epsilon]);
    }
  }
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', `attachment; filename="survey-${survey.component.id}-results.csv"`);
  return c.body(csvText(rows));
});
