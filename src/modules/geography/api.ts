import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { localized } from '../../platform/i18n/index.ts';
import { listAreas } from './queries.ts';

const position = z.array(z.number()).min(2).max(3);
const geometry = z
  .union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) }),
  ])
  .openapi('NeighbourhoodGeometry', { description: 'WGS84 longitude/latitude (RFC 7946); outer rings counterclockwise, holes clockwise' });

const neighbourhoodFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string().openapi({ description: 'The neighbourhood slug' }),
    properties: z.object({
      slug: z.string(),
      name: z.string().openapi({ description: 'In the language asked for with ?lang=fr|en (the city’s default otherwise)' }),
      names: z.object({ fr: z.string(), en: z.string() }),
    }),
    geometry,
  })
  .openapi('NeighbourhoodFeature');

const route = createRoute({
  method: 'get',
  path: '/geography',
  tags: ['geography'],
  summary: 'The city’s neighbourhoods as a GeoJSON FeatureCollection (RFC 7946), as the city’s GIS office uploaded them',
  responses: {
    200: {
      description: 'One feature per neighbourhood that has an outline, in the neighbourhoods’ order (an empty collection before any upload)',
      content: { 'application/geo+json': { schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(neighbourhoodFeature) }).openapi('Geography') } },
    },
  },
});

/** Adds `GET /api/v1/geography`. */
export function registerGeographyApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(route, async (c) => {
    const areas = await listAreas(c.var.deps.db);
    const collection = {
      type: 'FeatureCollection' as const,
      features: areas.map((a) => ({
        type: 'Feature' as const,
        id: a.slug,
        properties: { slug: a.slug, name: localized(c.var.locale, a.name_fr, a.name_en), names: { fr: a.name_fr, en: a.name_en } },
        geometry: JSON.parse(a.geometry) as z.infer<typeof geometry>,
      })),
    };
    // GeoJSON's own media type (RFC 7946 §12); it is JSON, so any JSON reader takes it.
    return c.json(collection, 200, { 'Content-Type': 'application/geo+json; charset=utf-8' });
  });
}
