import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { publishedValueSchema } from '../../platform/statistics/index.ts';
import { questionKinds } from './questions.ts';
import { publishedResults } from './results-routes.tsx';
import { loadSurvey } from './survey-context.ts';

const bilingual = z.object({ fr: z.string(), en: z.string() });

const questionResult = z
  .object({
    question: z.string(),
    title: bilingual,
    kind: z.enum(questionKinds),
    item: z.object({ key: z.string(), fr: z.string(), en: z.string() }).nullable().openapi({ description: 'The matrix item these figures are for; null for other kinds' }),
    answered: publishedValueSchema.nullable().openapi({ description: 'How many answered (a multiple choice: people, not ticks)' }),
    answers: z.array(z.object({ value: z.string(), figure: publishedValueSchema, share: z.number().nullable().openapi({ description: 'Share of those who answered, from the published figures; null where one is hidden' }) })),
  })
  .openapi('SurveyQuestionResult');

const route = createRoute({
  method: 'get',
  path: '/surveys/{componentId}/results',
  tags: ['surveys'],
  summary: 'A survey’s results as published: counts per answer with small counts hidden, noise labelled with its ε',
  request: { params: z.object({ componentId: z.string().min(1).max(100) }) },
  responses: {
    200: {
      description: 'The results; `status` is "pending" while a differentially private survey is open (nothing is released before the close)',
      content: {
        'application/json': {
          schema: z
            .object({
              survey: z.object({ id: z.string(), name: bilingual, open: z.boolean(), anonymous: z.boolean() }),
              status: z.enum(['published', 'pending', 'budget-exhausted']),
              noise: z.object({ epsilon: z.string(), releasedAt: z.string() }).nullable(),
              responses: publishedValueSchema.nullable(),
              questions: z.array(questionResult),
            })
            .openapi('SurveyResults'),
        },
      },
    },
    403: { description: 'The results are not public while the survey is open' },
    404: { description: 'No visible survey has this id' },
  },
});

/** Adds `GET /api/v1/surveys/{componentId}/results` (free-text answers are never part of it). */
export function registerSurveysApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(route, async (c) => {
    const survey = await loadSurvey(c, c.req.valid('param').componentId);
    const { outcome, statistic, results } = await publishedResults(c, survey);
    const responses = statistic?.tables.responses ? Object.values(statistic.tables.responses.cells)[0] : null;
    return c.json(
      {
        survey: { id: survey.component.id, name: { fr: survey.component.name_fr, en: survey.component.name_en }, open: survey.open, anonymous: survey.settings.anonymous },
        status: !outcome ? ('pending' as const) : outcome.ok ? ('published' as const) : ('budget-exhausted' as const),
        noise: statistic?.noise ?? null,
        responses: responses ?? null,
        questions: results.map((r) => ({
          question: r.question.id,
          title: { fr: r.question.title_fr, en: r.question.title_en || r.question.title_fr },
          kind: r.question.kind,
          item: r.item,
          answered: r.answered ?? null,
          answers: r.rows.map((row) => ({ value: row.value, figure: row.figure, share: row.share })),
        })),
      },
      200,
    );
  });
}
