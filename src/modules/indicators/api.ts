import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { dimensions } from '../../engines/indicators/index.ts';
import type { AppEnv } from '../../platform/context.ts';
import { listAreas } from './areas.ts';
import { indicatorJson, valueJson, valuesCsvStream } from './export.ts';
import { cityProfileJson } from './profile-json.ts';
import { latestPeriod, loadPeriodProfile } from './profile-service.ts';
import { listIndicators, pageOfValues } from './queries.ts';
import { PERIOD_PATTERN } from './value-rules.ts';

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });
const period = z.string().regex(PERIOD_PATTERN).openapi({ description: 'A year (2025), a quarter (2025-Q2) or a month (2025-06)' });

const indicator = z
  .object({
    code: z.string(),
    name: z.object({ fr: z.string(), en: z.string() }),
    dimension: z.enum(dimensions),
    factor: z.string().openapi({ description: 'Giffinger factor of the dimension' }),
    unit: z.string(),
    polarity: z.enum(['higher-better', 'lower-better']),
    kind: z.enum(['objective', 'perceived']),
    source: z.string(),
    method: z.object({ fr: z.string(), en: z.string() }),
    iso37120: z.string().nullable(),
    sdg: z.string().nullable().openapi({ description: 'SDG 11 indicator, e.g. 11.6.2' }),
  })
  .openapi('Indicator');

const value = z
  .object({ indicator: z.string(), area: z.string().openapi({ description: '"city" or a neighbourhood slug' }), period: z.string(), value: z.number(), kind: z.string(), n: z.number().int().nullable(), source: z.string() })
  .openapi('IndicatorValue');

const valueFilter = z.object({
  indicator: z.string().max(64).optional(),
  area: z.string().max(100).optional(),
  period: period.optional(),
});

const dimensionScore = z.object({
  dimension: z.enum(dimensions),
  objective: z.number().nullable(),
  perceived: z.number().nullable(),
  coverage: z.number().min(0).max(1).openapi({ description: 'Share of the dimension’s indicators (both kinds) with a value in the area' }),
});

const routes = {
  catalogue: createRoute({ method: 'get', path: '/indicators', tags: ['indicators'], summary: 'The catalogue of indicators', responses: { 200: { description: 'Every indicator, in catalogue order', content: { 'application/json': { schema: z.object({ indicators: z.array(indicator) }) } } } } }),
  values: createRoute({
    method: 'get',
    path: '/indicator-values',
    tags: ['indicators'],
    summary: 'Indicator values per area and period (paginated)',
    request: { query: valueFilter.extend({ limit: z.coerce.number().int().min(1).max(10_000).default(1000), after: z.string().max(300).optional().openapi({ description: 'The `next` cursor of the previous page' }) }) },
    responses: {
      200: { description: 'One page of values in (indicator, area, period) order', content: { 'application/json': { schema: z.object({ values: z.array(value), next: z.string().nullable() }) } } },
      400: { description: 'Invalid filters', content: { 'application/json': { schema: errorBody } } },
    },
  }),
  valuesCsv: createRoute({
    method: 'get',
    path: '/indicator-values.csv',
    tags: ['indicators'],
    summary: 'Indicator values as CSV, in the import format',
    request: { query: valueFilter },
    responses: {
      200: { description: 'CSV: indicator,area,period,value,kind,n,source', content: { 'text/csv': { schema: z.string() } } },
      400: { description: 'Invalid filters', content: { 'application/json': { schema: errorBody } } },
    },
  }),
  profile: createRoute({
    method: 'get',
    path: '/city-profile',
    tags: ['indicators'],
    summary: 'Giffinger profile of the city and each neighbourhood on the six dimensions',
    request: { query: z.object({ period: period.optional().openapi({ description: 'Defaults to the most recent period with values' }) }) },
    responses: {
      200: {
        description: 'Scores are z-scores across the areas compared; objective and perceived are never merged',
        content: { 'application/json': { schema: z.object({ period: z.string().nullable(), areas: z.array(z.object({ area: z.string(), name: z.string(), dimensions: z.array(dimensionScore) })) }).openapi('CityProfile') } },
      },
      400: { description: 'Invalid period', content: { 'application/json': { schema: errorBody } } },
    },
  }),
};

const cursorOf = (v: { indicator_code: string; area: string; period: string }) => Buffer.from(JSON.stringify([v.indicator_code, v.area, v.period])).toString('base64url');

function readCursor(text: string | undefined): { indicator_code: string; area: string; period: string } | null {
  if (!text) return null;
  try {
    const [indicator_code, area, period] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as string[];
    return typeof indicator_code === 'string' && typeof area === 'string' && typeof period === 'string' ? { indicator_code, area, period } : null;
  } catch {
    return null;
  }
}

/** Adds the indicators' routes to the public API: catalogue, values (JSON and CSV) and the city profile. */
export function registerIndicatorsApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(routes.catalogue, async (c) => c.json({ indicators: (await listIndicators(c.var.deps.db)).map(indicatorJson) }, 200));
  api.openapi(routes.values, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    const cursor = readCursor(after);
    if (after && !cursor) return c.json({ error: { code: 'invalid_input', message: c.var.t('error.400'), fields: { after: c.var.t('form.invalid') } } }, 400);
    // One more than asked tells whether another page follows.
    const [rows, indicators] = await Promise.all([pageOfValues(c.var.deps.db, filter, cursor, limit + 1), listIndicators(c.var.deps.db)]);
    const kinds = new Map(indicators.map((i) => [i.code, i.kind]));
    const page = rows.slice(0, limit);
    return c.json({ values: page.map((v) => valueJson(v, kinds.get(v.indicator_code) ?? '')), next: rows.length > limit ? cursorOf(page[page.length - 1]) : null }, 200);
  });
  api.openapi(routes.valuesCsv, async (c) => {
    const kinds = new Map((await listIndicators(c.var.deps.db)).map((i) => [i.code, i.kind]));
    return c.body(valuesCsvStream(c.var.deps.db, c.req.valid('query'), kinds), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="indicator-values.csv"' });
  });
  api.openapi(routes.profile, async (c) => {
    const { db } = c.var.deps;
    const period = c.req.valid('query').period ?? (await latestPeriod(db));
    const profile = period ? await loadPeriodProfile(db, period) : null;
    return c.json(cityProfileJson(profile, profile?.areas ?? (await listAreas(db)), c.var.locale), 200);
  });
}
