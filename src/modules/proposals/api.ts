import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { findProcessBySlug, assertVisibleProcess } from '../processes/index.ts';
import { listProposals, PAGE_SIZE, sortOrders } from './list-query.ts';
import { openDataRecord, proposalsCsv } from './open-data.ts';
import { authorKinds, proposalCategories, publicStatuses } from './policy.ts';
import { publishedProposalComponentIds } from './queries.ts';

const empty = z.literal('');
const query = z.object({
  q: z.string().trim().max(200).default('').openapi({ description: 'Full-text search in titles and bodies (every word, as a prefix).' }),
  neighbourhood: z.string().trim().max(100).default('').openapi({ description: 'A neighbourhood id, or "city" for whole-city proposals.' }),
  category: z.union([z.enum(proposalCategories), empty]).default(''),
  status: z.union([z.enum(publicStatuses), empty]).default(''),
  author: z.union([z.enum(authorKinds), empty]).default('').openapi({ description: 'Kind of author: a resident or the kind of the organisation.' }),
  sort: z.enum(sortOrders).default('newest'),
  seed: z.coerce.number().int().min(1).max(2147483646).optional().openapi({ description: 'Seed of the random order; keep it across pages.' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
const params = z.object({ slug: z.string().min(1).max(100) });

const record = z
  .object({
    id: z.string(),
    url: z.string(),
    title: z.string(),
    body: z.string(),
    category: z.string(),
    neighbourhood: z.object({ id: z.string(), name_fr: z.string(), name_en: z.string() }).nullable(),
    status: z.string(),
    answer: z.object({ status: z.string(), text: z.string(), date: z.string() }).nullable(),
    supports: z.number(),
    comments: z.object({ favour: z.number(), against: z.number(), neutral: z.number(), total: z.number() }),
    authorKind: z.string(),
    organisation: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Proposal');
const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) }).openapi('Error');

const listRoute = createRoute({
  method: 'get',
  path: '/processes/{slug}/proposals',
  tags: ['proposals'],
  summary: 'Proposals of a process (paginated, filterable), without personal data of residents',
  request: { params, query },
  responses: {
    200: { description: 'One page of proposals', content: { 'application/json': { schema: z.object({ items: z.array(record), total: z.number(), page: z.number(), pageSize: z.number(), pages: z.number() }) } } },
    400: { description: 'Invalid filters', content: { 'application/json': { schema: errorBody } } },
    404: { description: 'No such published process', content: { 'application/json': { schema: errorBody } } },
  },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/processes/{slug}/proposals.csv',
  tags: ['proposals'],
  summary: 'Every proposal of a process matching the filters, as CSV',
  request: { params, query },
  responses: {
    200: { description: 'CSV: id, title, body, category, neighbourhood, status, answer, supports, comments per stance, author kind, organisation, created date', content: { 'text/csv': { schema: z.string() } } },
    400: { description: 'Invalid filters', content: { 'application/json': { schema: errorBody } } },
    404: { description: 'No such published process', content: { 'application/json': { schema: errorBody } } },
  },
});

async function proposalComponentIds(c: { var: AppEnv['Variables'] }, slug: string): Promise<string[]> {
  const { db } = c.var.deps;
  const process = await findProcessBySlug(db, slug);
  assertVisibleProcess(process, null);
  return publishedProposalComponentIds(db, process.id);
}

/** Registers the open-data routes of proposals: JSON pages and the CSV export. */
export function registerProposalApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(listRoute, async (c) => {
    const filters = c.req.valid('query');
    const ids = await proposalComponentIds(c, c.req.valid('param').slug);
    const { rows, total } = await listProposals(c.var.deps.db, ids, filters, { includeHidden: false });
    const items = rows.map((r) => openDataRecord(r, c.var.deps.config.baseUrl));
    return c.json({ items, total, page: filters.page, pageSize: PAGE_SIZE, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) }, 200);
  });
  api.openapi(csvRoute, async (c) => {
    const filters = c.req.valid('query');
    const slug = c.req.valid('param').slug;
    const ids = await proposalComponentIds(c, slug);
    const { rows } = await listProposals(c.var.deps.db, ids, filters, { includeHidden: false, all: true });
    const csv = proposalsCsv(rows.map((r) => openDataRecord(r, c.var.deps.config.baseUrl)));
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${slug}-proposals.csv"` });
  });
}
