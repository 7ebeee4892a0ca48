import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { apiCoordinates, initiativeJson, portfolioJson } from './api-json.ts';
import { cachedCompass } from './compass-cache.ts';
import { mostContested, portfolioPositions, positionInitiatives } from './compass-view.ts';
import { stakeholderGroups } from './groups.ts';
import { loadInitiativePage } from './initiative-page-data.ts';
import { dimensionsOf, findInitiativeBySlug, linksOfInitiatives, listInitiatives } from './initiative-queries.ts';
import { latestFindings } from './interviews/findings.ts';

const coordinate = z.number().min(0).max(1).nullable();
const count = z.union([z.number().int(), z.object({ fewerThan: z.number().int() })]);
const group = z.enum(stakeholderGroups);
const position = z.object({ group, digitalBusiness: coordinate, ecoCity: coordinate, ethicHuman: coordinate, assessments: count, spread: z.number().nullable() }).openapi('CompassPosition');
const gaps = z.object({ cityAssociations: z.number().nullable(), cityResidents: z.number().nullable(), widest: z.number().nullable() });
const initiative = z
  .object({ id: z.string(), slug: z.string(), title: z.object({ fr: z.string(), en: z.string() }), budget: z.number(), positions: z.array(position), gaps })
  .openapi('CompassInitiative');
const portfolio = z
  .object({ positions: z.array(z.object({ group: z.union([group, z.literal('all')]), digitalBusiness: coordinate, ecoCity: coordinate, ethicHuman: coordinate, initiatives: z.number().int(), budget: z.number() })) })
  .openapi('CompassPortfolio');

const compassRoute = createRoute({
  method: 'get',
  path: '/compass',
  summary: 'Every published initiative placed on the triangle of the three orientations, per stakeholder group, and the portfolio weighted by budget',
  description: 'Coordinates add up to exactly 1 (multiples of 1/4096). A group with fewer than 5 assessments has null coordinates and "assessments": {"fewerThan": 5}. Method: /compass/method.',
  responses: { 200: { description: 'The compass', content: { 'application/json': { schema: z.object({ initiatives: z.array(initiative), portfolio, contested: z.array(z.string()) }).openapi('Compass') } } } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/compass/initiatives',
  summary: 'The published initiatives with their scope, dates, status, dimensions and links',
  responses: { 200: { description: 'The portfolio', content: { 'application/json': { schema: z.object({ initiatives: z.array(z.record(z.string(), z.unknown())) }) } } } },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/compass/initiatives/{slug}',
  summary: 'One published initiative, its links and its positions per group',
  request: { params: z.object({ slug: z.string().min(1).max(120) }) },
  responses: { 200: { description: 'The initiative', content: { 'application/json': { schema: initiative } } }, 404: { description: 'No published initiative has this address' } },
});

const findingsRoute = createRoute({
  method: 'get',
  path: '/compass/findings',
  summary: 'The latest published analysis of the stakeholder interviews (code frequencies per group, consented quotes)',
  responses: { 200: { description: 'The published analysis, or null before the first', content: { 'application/json': { schema: z.object({ findings: z.record(z.string(), z.unknown()).nullable() }) } } } },
});

/** Adds the compass operations to `/api/v1`. */
export function registerCompassApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(compassRoute, async (c) => {
    const body = await cachedCompass('api', async () => {
      const placed = await positionInitiatives(c.var.deps, await listInitiatives(c.var.deps.db));
      return { initiatives: placed.map((p) => initiativeJson(p)), portfolio: portfolioJson(portfolioPositions(placed)), contested: mostContested(placed).map((p) => p.initiative.id) };
    });
    return c.json(body, 200);
  });

  api.openapi(listRoute, async (c) => {
    const { db, config } = c.var.deps;
    const rows = await listInitiatives(db);
    const ids = rows.map((r) => r.id);
    const [dims, links] = await Promise.all([dimensionsOf(db, ids), linksOfInitiatives(db, ids)]);
    const initiatives = rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      url: `${config.baseUrl}/compass/initiatives/${r.slug}`,
      title: { fr: r.title_fr, en: r.title_en },
      description: { fr: r.description_fr, en: r.description_en },
      scope: r.scope,
      budget: Number(r.budget),
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      status: r.status,
      assessmentOpen: r.assessment_open === 1,
      dimensions: dims.get(r.id) ?? [],
      links: links.get(r.id) ?? [],
    }));
    return c.json({ initiatives }, 200);
  });

  api.openapi(oneRoute, async (c) => {
    const found = await findInitiativeBySlug(c.var.deps.db, c.req.valid('param').slug);
    if (!found || !found.published) throw notFound();
    const data = await loadInitiativePage(c.var.deps, found);
    return c.json(initiativeJson(data.placed, { overall: apiCoordinates(data.placed.overall.point), dimensions: data.dimensions, links: data.links.map((l) => ({ kind: l.kind, id: l.id, href: l.href })) }) as never, 200);
  });

  api.openapi(findingsRoute, async (c) => c.json({ findings: (await latestFindings(c.var.deps.db)) as Record<string, unknown> | null }, 200));
}
