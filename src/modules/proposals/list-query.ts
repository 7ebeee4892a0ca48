import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { matchesFullText } from '../../db/full-text.ts';
import type { Database } from '../../db/schema.ts';
import { commentCountsByStance } from '../comments/index.ts';
import { cachedList, rememberList } from './list-cache.ts';
import { authorKinds, proposalCategories, publicStatuses } from './policy.ts';
import { proposalsWithNames, type ProposalView } from './queries.ts';

type Db = Kysely<Database>;

export const sortOrders = ['newest', 'supports', 'comments', 'random'] as const;
export const PAGE_SIZE = 20;
const SHUFFLE_PRIME = 2147483647;

/** The filters of the list page and the open-data API (strict: the API answers 400 on bad values). */
export const listFiltersSchema = z.object({
  q: z.string().trim().max(200).default(''),
  neighbourhood: z.string().trim().max(100).default(''),
  category: z.union([z.enum(proposalCategories), z.literal('')]).default(''),
  status: z.union([z.enum(publicStatuses), z.literal('')]).default(''),
  author: z.union([z.enum(authorKinds), z.literal('')]).default(''),
  sort: z.enum(sortOrders).default('newest'),
  seed: z.coerce.number().int().min(1).max(SHUFFLE_PRIME - 1).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type ListFilters = z.output<typeof listFiltersSchema>;

/** Reads filters from a page's query string: a value that does not fit falls back to its default. */
export function lenientFilters(query: Record<string, string>): ListFilters {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(listFiltersSchema.shape)) {
    const parsed = (field as z.ZodType).safeParse(query[name]);
    out[name] = parsed.success ? parsed.data : (field as z.ZodType).safeParse(undefined).data;
  }
  return out as ListFilters;
}

/** A random seed for the "random" order, kept in the links so paging does not reshuffle. */
export const newSeed = (): number => 1 + Math.floor(Math.random() * (SHUFFLE_PRIME - 2));

/** Comment counts of one proposal, per stance. */
export type StanceCounts = { favour: number; against: number; neutral: number; total: number };
const noComments: StanceCounts = { favour: 0, against: 0, neutral: 0, total: 0 };

/** A proposal as a list row, with its comment counts. */
export type ProposalListRow = ProposalView & { stances: StanceCounts };

/** The proposals of some components that match the list's filters (no order, no paging): the list, its count and its map share it. */
function filteredProposals(db: Db, ids: string[], filters: ListFilters, includeHidden: boolean) {
  let query = ids.length === 1 ? db.selectFrom('proposal').where('proposal.component_id', '=', ids[0]) : db.selectFrom('proposal').where('proposal.component_id', 'in', ids);
  if (!includeHidden) query = query.where('proposal.hidden_at', 'is', null);
  if (filters.neighbourhood === 'city') query = query.where('proposal.neighbourhood_id', 'is', null);
  else if (filters.neighbourhood) query = query.where('proposal.neighbourhood_id', '=', filters.neighbourhood);
  if (filters.category) query = query.where('proposal.category', '=', filters.category);
  if (filters.status === 'withdrawn') query = query.where('proposal.withdrawn_at', 'is not', null);
  else if (filters.status === 'published') query = query.where('proposal.withdrawn_at', 'is', null).where('proposal.answer_status', 'is', null);
  else if (filters.status) query = query.where('proposal.withdrawn_at', 'is', null).where('proposal.answer_status', '=', filters.status);
  if (filters.author === 'resident') query = query.where('proposal.author_org_id', 'is', null);
  else if (filters.author) query = query.where('proposal.author_org_id', 'in', db.selectFrom('organisation').select('id').where('kind', '=', filters.author));
  const search = matchesFullText(db, 'proposal', 'proposal.id', filters.q);
  if (search) query = query.where(search);
  return query;
}

/**
 * One page of a component's proposals and the count of all results, in a fixed number of queries whatever
 * the page size: the count and the page's ids on the bare proposal table (narrow rows sort fast, indexes
 * serve the orders), then the page's rows with their names, then the page's comment counts. The count
 * and ids are remembered a few seconds (list-cache.ts) since every visitor asks for the same first pages.
 */
export async function listProposals(
  db: Db,
  componentIds: string | string[],
  filters: ListFilters,
  options: { includeHidden: boolean; pageSize?: number; all?: boolean },
): Promise<{ rows: ProposalListRow[]; total: number }> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const ids = Array.isArray(componentIds) ? componentIds : [componentIds];
  if (ids.length === 0) return { rows: [], total: 0 };
  const query = filteredProposals(db, ids, filters, options.includeHidden);

  const cacheKey = options.all ? null : JSON.stringify([ids, filters, options.includeHidden, pageSize]);
  const cached = cacheKey ? cachedList(cacheKey) : undefined;
  const total = cached?.total ?? Number((await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let ordered = query.select('proposal.id');
  if (filters.sort === 'supports') ordered = ordered.orderBy('proposal.supports_count', 'desc');
  else if (filters.sort === 'comments') {
    // Only this order needs every proposal's count before paging; the others count the page's rows only.
    const commentCounts = db
      .selectFrom('comment')
      .select(['resource_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('resource_type', '=', 'proposal')
      .where('resource_id', 'in', db.selectFrom('proposal').select('id').where('component_id', 'in', ids))
      .where('deleted_at', 'is', null)
      .where('hidden_at', 'is', null)
      .groupBy('resource_id')
      .as('cc');
    ordered = ordered.leftJoin(commentCounts, 'cc.resource_id', 'proposal.id').orderBy(sql`coalesce(cc.n, 0)`, 'desc');
  } else if (filters.sort === 'random') ordered = ordered.orderBy(sql`(proposal.shuffle_key * ${filters.seed ?? 1}) % ${SHUFFLE_PRIME}`);
  // Same direction on every key, so the (component, created_at, id) indexes can be read backwards.
  ordered = ordered.orderBy('proposal.created_at', 'desc').orderBy('proposal.id', 'desc');
  if (!options.all) ordered = ordered.limit(pageSize).offset((filters.page - 1) * pageSize);
  const pageIds = cached?.ids ?? (await ordered.execute()).map((r) => r.id);
  if (cacheKey && !cached) rememberList(cacheKey, { total, ids: pageIds });
  const byId = new Map<string, ProposalView>();
  // Chunks keep the IN lists far below both databases' parameter limits for full exports.
  const stances = new Map<string, StanceCounts>();
  for (let i = 0; i < pageIds.length; i += 500) {
    const chunk = pageIds.slice(i, i + 500);
    for (const row of (await proposalsWithNames(db).where('proposal.id', 'in', chunk).execute()) as ProposalView[]) byId.set(row.id, row);
    for (const [id, counts] of await commentCountsByStance(db, 'proposal', chunk)) stances.set(id, counts);
  }
  const rows = pageIds.map((id) => byId.get(id)).filter((r): r is ProposalView => r !== undefined);
  return { rows: rows.map((r) => ({ ...r, stances: stances.get(r.id) ?? noComments })), total };
}

/** Visible proposals and their supports, grouped by neighbourhood and by category (for the statistics page). */
export async function proposalStatistics(db: Db, componentId: string) {
  const base = db.selectFrom('proposal').where('component_id', '=', componentId).where('hidden_at', 'is', null);
  const [byHood, byCategory] = await Promise.all([
    base
      .select(['neighbourhood_id as key', (eb) => eb.fn.countAll<number>().as('proposals'), (eb) => eb.fn.sum<number>('supports_count').as('supports')])
      .groupBy('neighbourhood_id')
      .execute(),
    base
      .select(['category as key', (eb) => eb.fn.countAll<number>().as('proposals'), (eb) => eb.fn.sum<number>('supports_count').as('supports')])
      .groupBy('category')
      .execute(),
  ]);
  const norm = (rows: { key: string | null; proposals: number; supports: number | null }[]) =>
    new Map(rows.map((r) => [r.key ?? 'city', { proposals: Number(r.proposals), supports: Number(r.supports ?? 0) }]));
  return { byNeighbourhood: norm(byHood), byCategory: norm(byCategory) };
}

/** Every proposal matching the filters that has a place on the map (the map shows them all, not one page). */
export function locatedProposals(db: Db, componentId: string, filters: ListFilters, includeHidden: boolean) {
  return filteredProposals(db, [componentId], filters, includeHidden)
    .where('proposal.latitude', 'is not', null)
    .where('proposal.longitude', 'is not', null)
    .select(['proposal.id', 'proposal.title', 'proposal.neighbourhood_id', 'proposal.latitude', 'proposal.longitude'])
    .execute() as Promise<{ id: string; title: string; neighbourhood_id: string | null; latitude: number; longitude: number }[]>;
}
