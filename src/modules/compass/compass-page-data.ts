import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppDeps } from '../../platform/context.ts';
import { privacyDefaults } from '../../platform/statistics/index.ts';
import { listNeighbourhoods } from '../processes/index.ts';
import { mostContested, portfolioPositions, positionInitiatives, type PortfolioPosition } from './compass-view.ts';
import type { InitiativeRow } from './initiative-queries.ts';
import { dimensionsOf, listInitiatives, neighbourhoodsOf } from './initiative-queries.ts';
import type { CompassFilters, CompassPageData, PortfolioChange } from './views/compass-page.tsx';

/** Published initiatives (serving one dimension, if given), those of one neighbourhood (with the city-wide ones) when a slug is given; null for an unknown slug. */
export async function initiativesFor(db: Kysely<Database>, neighbourhoodSlug: string, dimension = ''): Promise<InitiativeRow[] | null> {
  let all = await listInitiatives(db);
  if (dimension) {
    const dims = await dimensionsOf(db, all.map((i) => i.id));
    all = all.filter((i) => dims.get(i.id)?.includes(dimension));
  }
  if (!neighbourhoodSlug) return all;
  const hood = (await listNeighbourhoods(db)).find((n) => n.slug === neighbourhoodSlug);
  if (!hood) return null;
  const hoods = await neighbourhoodsOf(db, all.map((i) => i.id));
  return all.filter((i) => i.scope === 'city' || hoods.get(i.id)?.includes(hood.id));
}

const endOfDay = (day: string) => `${day}T23:59:59.999Z`;

// New or changed assessments per group between two moments: a group with only a handful would let a
// reader subtract one picture from the other and see those few people's answers.
async function changesPerGroup(db: Kysely<Database>, ids: readonly string[], from: string, to: string): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('compass_assessment')
    .select((eb) => ['stakeholder_group', eb.fn.countAll<number | string>().as('n')])
    .where('initiative_id', 'in', ids)
    .where('created_at', '>', from)
    .where('created_at', '<=', to)
    .groupBy('stakeholder_group')
    .execute();
  return new Map(rows.map((r) => [r.stakeholder_group, Number(r.n)]));
}

/** The portfolio at the end of two days; a group whose change rests on 1 to 4 assessments shows no "after". */
export async function portfolioChange(deps: AppDeps, initiatives: readonly InitiativeRow[], from: string, to: string): Promise<PortfolioChange> {
  const [atFrom, atTo] = [endOfDay(from), endOfDay(to)];
  const before = portfolioPositions(await positionInitiatives(deps, initiatives, atFrom));
  const after = portfolioPositions(await positionInitiatives(deps, initiatives, atTo));
  const changes = await changesPerGroup(deps.db, initiatives.map((i) => i.id), atFrom, atTo);
  const total = [...changes.values()].reduce((a, b) => a + b, 0);
  const tooFew = (n: number) => n > 0 && n < privacyDefaults.threshold;
  const guarded = after.map((p): PortfolioPosition => (tooFew(p.group === 'all' ? total : (changes.get(p.group) ?? 0)) ? { ...p, point: null } : p));
  return { from, to, before, after: guarded };
}

/** Everything the compass page shows for a set of filters. */
export async function loadCompassPage(deps: AppDeps, initiatives: readonly InitiativeRow[], filters: CompassFilters): Promise<CompassPageData> {
  const placed = await positionInitiatives(deps, initiatives);
  const change = filters.from && filters.to ? await portfolioChange(deps, initiatives, filters.from, filters.to) : null;
  return { placed, portfolio: portfolioPositions(placed), contested: mostContested(placed), neighbourhoods: await listNeighbourhoods(deps.db), filters, change };
}
