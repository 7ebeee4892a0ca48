import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { raw } from 'hono/html';
import { pageContext } from '../../web/layout.tsx';
import { cachedCompass } from './compass-cache.ts';
import { initiativesFor, loadCompassPage } from './compass-page-data.ts';
import { stakeholderGroups } from './groups.ts';
import { dimensions } from './initiative-input.ts';
import { CompassBody, type CompassFilters, type FilterProblem } from './views/compass-page.tsx';
import { CompassLayout } from './views/frame.tsx';
import { MethodPage } from './views/method-page.tsx';

const stylesheet = readFileSync(new URL('./compass.css', import.meta.url), 'utf8');
const codingScript = readFileSync(new URL('./compass-coding.js', import.meta.url), 'utf8');

/** The public compass pages, under `/compass`. */
export const compassRoutes = new Hono<AppEnv>();

compassRoutes.get('/compass.css', (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
});

compassRoutes.get('/compass-coding.js', (c) => {
  c.header('Cache-Control', 'public, max-age=3600');
  return c.body(codingScript, 200, { 'Content-Type': 'text/javascript; charset=utf-8' });
});

const day = z.union([z.literal(''), z.iso.date()]);
const filterSchema = z
  .object({
    neighbourhood: z.string().max(100).default(''),
    group: z.union([z.literal(''), z.enum(stakeholderGroups)]).default(''),
    dimension: z.union([z.literal(''), z.enum(dimensions)]).default(''),
    from: day.default(''),
    to: day.default(''),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .refine((f) => (f.from === '') === (f.to === '') && (!f.from || f.from < f.to));

/** What was wrong with the filters, each said in its own sentence: the dates, the page number, a group or dimension. */
function filterProblems(issues: readonly { path: readonly PropertyKey[] }[]): FilterProblem[] {
  const problems = issues.map(({ path }): FilterProblem => (path[0] === 'page' ? 'page' : path[0] === 'group' || path[0] === 'dimension' ? 'choice' : 'dates'));
  return [...new Set(problems)].sort();
}

compassRoutes.get('/', async (c) => {
  const parsed = filterSchema.safeParse(c.req.query());
  // Filters come from a GET form: an unreadable one is the visitor's mistake, said in words, not an error page.
  const filters: CompassFilters = parsed.success ? parsed.data : { neighbourhood: '', group: '', dimension: '', from: '', to: '', page: 1 };
  const problems = parsed.success ? [] : filterProblems(parsed.error.issues);
  const ctx = pageContext(c);
  const html = await cachedCompass(`page|${ctx.locale}|${problems.join(',')}|${JSON.stringify(filters)}`, async () => {
    const initiatives = await initiativesFor(c.var.deps.db, filters.neighbourhood, filters.dimension);
    if (!initiatives) return null;
    const data = await loadCompassPage(c.var.deps, initiatives, filters);
    return (<CompassBody ctx={ctx} data={data} filterProblems={problems} />).toString();
  });
  if (html === null) throw notFound();
  return c.html(<CompassLayout ctx={ctx} title={ctx.t('compass.title')}>{raw(html)}</CompassLayout>, parsed.success ? 200 : 400);
});

compassRoutes.get('/method', (c) => c.html(<MethodPage ctx={pageContext(c)} />));
