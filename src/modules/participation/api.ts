import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { localized, translator } from '../../platform/i18n/index.ts';
import { publishedValueSchema } from '../../platform/statistics/index.ts';
import { columns, loadParticipation } from './page-data.ts';

const bilingual = z.object({ fr: z.string(), en: z.string() });
const definitionKeys = [...columns, 'pseudonyms', 'perThousandRate', 'areas'] as const;

const area = z
  .object({
    area: z.string().openapi({ description: '"city", a neighbourhood slug, or "no-neighbourhood"' }),
    name: z.string(),
    population: z.number().int().nullable(),
    ...Object.fromEntries(columns.map((c) => [c, publishedValueSchema])),
    perThousand: z.object(Object.fromEntries(columns.map((c) => [c, z.number().nullable()]))).openapi({ description: 'The figure per 1,000 inhabitants, from the published figure; null without a population or when the figure is hidden' }),
  })
  .openapi('ParticipationArea');

const route = createRoute({
  method: 'get',
  path: '/participation',
  tags: ['participation'],
  summary: 'Who takes part, per neighbourhood, through the privacy rules (one written definition per figure)',
  request: { query: z.object({ year: z.string().regex(/^\d{4}$/).optional().openapi({ description: 'A calendar year among the last five; defaults to this one' }) }) },
  responses: {
    200: {
      description: 'Figures of the year: the city, each neighbourhood, then actions tied to no neighbourhood',
      content: {
        'application/json': {
          schema: z
            .object({
              year: z.string(),
              definitions: z.object(Object.fromEntries(definitionKeys.map((k) => [k, bilingual]))),
              noise: z.object({ epsilon: z.string(), releasedAt: z.string() }).nullable(),
              budgetExhausted: z.boolean(),
              areas: z.array(area),
              pseudonymousParticipants: publishedValueSchema.nullable(),
            })
            .openapi('Participation'),
        },
      },
    },
    400: { description: 'Invalid year' },
    404: { description: 'A year the page does not offer' },
  },
});

/** Adds `GET /api/v1/participation`. */
export function registerParticipationApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(route, async (c) => {
    const view = await loadParticipation(c, c.req.valid('query').year);
    const [fr, en] = [translator('fr'), translator('en')];
    return c.json(
      {
        year: view.year,
        definitions: Object.fromEntries(definitionKeys.map((k) => [k, { fr: fr(`participation.definition.${k}`), en: en(`participation.definition.${k}`) }])),
        noise: view.statistic?.noise ?? null,
        budgetExhausted: !view.outcome.ok,
        areas: view.rows.map((r) => ({ area: r.area, name: localized(c.var.locale, r.name_fr, r.name_en), population: r.population, ...r.figures, perThousand: r.perThousand })),
        pseudonymousParticipants: view.pseudonyms,
      },
      200,
    );
  });
}
