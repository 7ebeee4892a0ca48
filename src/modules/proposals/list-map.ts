import type { Kysely } from 'kysely';
import type { Locale } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { drawPinMap, loadCityMap, type AreaCountRow, type DrawnPinMap } from '../geography/index.ts';
import { locatedProposals, type ListFilters } from './list-query.ts';
import { listHref } from './views/list.tsx';

/** The list's map and its table: every proposal matching the filters that has a place, and their count per neighbourhood. */
export interface ProposalListMap {
  drawn: DrawnPinMap;
  rows: AreaCountRow[];
}

/** Draws the proposals matching the list's filters on the city's map (null while the city has no map). */
export async function proposalListMap(db: Kysely<Database>, t: Translate, locale: Locale, base: string, componentId: string, filters: ListFilters, includeHidden: boolean): Promise<ProposalListMap | null> {
  const city = await loadCityMap(db, locale);
  if (!city) return null;
  const located = await locatedProposals(db, componentId, filters, includeHidden);
  const inArea = (id: string) => listHref(base, filters, { neighbourhood: id, page: 1 });
  const drawn = drawPinMap(t, city, {
    id: 'proposals-map',
    title: t('proposals.map.title', { count: located.length }),
    pins: located.map((p) => ({ latitude: p.latitude, longitude: p.longitude, href: `/proposals/${p.id}`, label: p.title, neighbourhoodId: p.neighbourhood_id })),
    areaHref: inArea,
  });
  const counts = new Map<string | null, number>();
  for (const p of located) counts.set(p.neighbourhood_id, (counts.get(p.neighbourhood_id) ?? 0) + 1);
  const rows: AreaCountRow[] = [...city.areas].filter(([id]) => counts.has(id)).map(([id, area]) => ({ name: area.name, count: counts.get(id)!, href: inArea(id) }));
  if (counts.has(null)) rows.push({ name: t('proposals.map.none'), count: counts.get(null)! });
  return { drawn, rows };
}
