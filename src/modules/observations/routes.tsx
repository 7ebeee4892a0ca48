import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { csvText } from '../../web/csv.ts';
import { pageContext } from '../../web/layout.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { observationTypes, type ObservationType } from './models.ts';
import { toNgsiLd } from './ngsi-out.ts';
import { publishedAggregates } from './publish.ts';
import { ObservationsHomePage } from './views/home-page.tsx';
import { NeighbourhoodPage } from './views/neighbourhood-page.tsx';

/** Public pages and downloads of the aggregates, mounted at `/observations`. */
export const observationRoutes = new Hono<AppEnv>();

const DAY_MS = 86_400_000;
const since = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

/** Every model's neighbourhood aggregates (the per-device rows stay for the API and the downloads). */
async function neighbourhoodAggregates(c: { var: AppEnv['Variables'] }, period: 'hour' | 'day', days: number, area?: string) {
  const all = await Promise.all(observationTypes.map(async (model) => [model, (await publishedAggregates(c.var.deps, { model, period, since: since(days), area })).filter((r) => r.device === null)] as const));
  return new Map(all);
}

observationRoutes.get('/', async (c) => {
  const [hoods, days] = await Promise.all([listNeighbourhoods(c.var.deps.db), neighbourhoodAggregates(c, 'day', 2)]);
  return c.html(<ObservationsHomePage ctx={pageContext(c)} hoods={hoods} latest={days} />);
});

observationRoutes.get('/download', async (c) => {
  const type = c.req.query('type') as ObservationType;
  const period = c.req.query('period') === 'day' ? 'day' : 'hour';
  const format = c.req.query('format') ?? 'csv';
  if (!observationTypes.includes(type) || !['csv', 'json', 'ngsi-ld'].includes(format)) throw notFound();
  const rows = await publishedAggregates(c.var.deps, { model: type, period, since: since(period === 'hour' ? 2 : 31) });
  const name = `observations-${type}-${period}`;
  if (format === 'json') return c.json({ observations: rows });
  if (format === 'ngsi-ld') {
    c.header('Content-Disposition', `attachment; filename="${name}.jsonld"`);
    return c.body(JSON.stringify(toNgsiLd(type, rows, c.var.deps.config.baseUrl)), 200, { 'Content-Type': 'application/ld+json' });
  }
  const header = ['area', 'device', 'period', 'start', 'measure', 'count', 'mean', 'min', 'max', 'fewer_than'];
  const body = csvText([header, ...rows.map((r) => [r.area, r.device, r.period, r.start, r.measure, r.count, r.mean, r.min, r.max, r.fewerThan])]);
  c.header('Content-Disposition', `attachment; filename="${name}.csv"`);
  return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8' });
});

observationRoutes.get('/:slug', async (c) => {
  const hoods = await listNeighbourhoods(c.var.deps.db);
  const hood = hoods.find((h) => h.slug === c.req.param('slug'));
  if (!hood) throw notFound();
  const [hours, days] = await Promise.all([neighbourhoodAggregates(c, 'hour', 2, hood.slug), neighbourhoodAggregates(c, 'day', 31, hood.slug)]);
  return c.html(<NeighbourhoodPage ctx={pageContext(c)} hood={hood} hours={hours} days={days} />);
});
