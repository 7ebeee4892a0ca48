import { canSeeProcess } from './access.ts';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { findProcessBySlug, listProcessSummaries, loadProcessDetail } from './queries.ts';
import type { PhaseRow } from './types.ts';

const bilingual = z.object({ fr: z.string(), en: z.string().nullable() }).openapi('Bilingual', { description: 'A text in French and English; `en` is null when no English text was written (show the French one).' });

const phase = z
  .object({
    id: z.string(),
    position: z.number().int(),
    name: bilingual,
    description: bilingual,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
  })
  .openapi('Phase');

const processSummary = z
  .object({
    slug: z.string(),
    title: bilingual,
    summary: bilingual,
    scope: z.enum(['city', 'neighbourhoods']),
    closed: z.boolean(),
    currentPhaseId: z.string().nullable(),
    phases: z.array(phase),
    url: z.string(),
  })
  .openapi('Process');

const processDetail = processSummary
  .extend({
    body: bilingual,
    neighbourhoods: z.array(z.object({ slug: z.string(), name: bilingual })),
    components: z.array(z.object({ id: z.string(), type: z.string(), name: bilingual, url: z.string() })),
  })
  .openapi('ProcessDetail');

const apiError = z
  .object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) })
  .openapi('Error');

const text = (fr: string, en: string) => ({ fr, en: en.trim() ? en : null });

const phaseJson = (p: PhaseRow) => ({
  id: p.id,
  position: Number(p.position),
  name: text(p.name_fr, p.name_en),
  description: text(p.description_fr, p.description_en),
  startsOn: p.starts_on,
  endsOn: p.ends_on,
});

const listRoute = createRoute({
  method: 'get',
  path: '/processes',
  summary: 'Published participatory processes',
  description: 'Every published process with its phases in order and its current phase (set by hand or following the dates).',
  responses: { 200: { description: 'The processes, newest first', content: { 'application/json': { schema: z.object({ processes: z.array(processSummary) }) } } } },
});

const oneRoute = createRoute({
  method: 'get',
  path: '/processes/{slug}',
  summary: 'One published participatory process',
  request: { params: z.object({ slug: z.string().min(1).max(80).openapi({ param: { name: 'slug', in: 'path' }, example: 'budget-2026' }) }) },
  responses: {
    200: { description: 'The process', content: { 'application/json': { schema: processDetail } } },
    404: { description: 'No published process has this slug', content: { 'application/json': { schema: apiError } } },
  },
});

/** Registers the processes routes of the public API. */
export function registerProcessApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(listRoute, async (c) => {
    const base = c.var.deps.config.baseUrl;
    const items = await listProcessSummaries(c.var.deps.db, { publishedOnly: true });
    const processes = items.map((i) => ({
      slug: i.process.slug,
      title: text(i.process.title_fr, i.process.title_en),
      summary: text(i.process.summary_fr, i.process.summary_en),
      scope: i.process.scope === 'neighbourhoods' ? ('neighbourhoods' as const) : ('city' as const),
      closed: i.closed,
      currentPhaseId: i.current?.id ?? null,
      phases: i.phases.map(phaseJson),
      url: `${base}/processes/${i.process.slug}`,
    }));
    return c.json({ processes }, 200);
  });

  api.openapi(oneRoute, async (c) => {
    const { db, config } = c.var.deps;
    const process = await findProcessBySlug(db, c.req.valid('param').slug);
    // Drafts answer exactly like unknown slugs so they do not leak.
    if (!process || !canSeeProcess(process, null)) return c.json({ error: { code: 'not_found', message: c.var.t('error.404'), fields: {} } }, 404);
    const d = await loadProcessDetail(db, process);
    const url = `${config.baseUrl}/processes/${process.slug}`;
    return c.json(
      {
        slug: process.slug,
        title: text(process.title_fr, process.title_en),
        summary: text(process.summary_fr, process.summary_en),
        body: text(process.body_fr, process.body_en),
        scope: process.scope === 'neighbourhoods' ? ('neighbourhoods' as const) : ('city' as const),
        closed: d.closed,
        currentPhaseId: d.current?.id ?? null,
        phases: d.phases.map(phaseJson),
        neighbourhoods: d.neighbourhoods.map((n) => ({ slug: n.slug, name: text(n.name_fr, n.name_en) })),
        // An unpublished component is left out, as on the public page.
        components: d.components.filter((cm) => cm.published === 1).map((cm) => ({ id: cm.id, type: cm.type, name: text(cm.name_fr, cm.name_en), url: `${url}/c/${cm.id}` })),
        url,
      },
      200,
    );
  });
}
