import type { Kysely } from 'kysely';
import type { Polygon, MultiPolygon, Geometry } from 'geojson';
import type { Database } from '../../db/schema.ts';
import { localized } from '../../platform/i18n/index.ts';
import type { Locale } from '../../config.ts';
import { prepareMap, type LayerInput, type PreparedMap } from '../../engines/maps/index.ts';
import { geographyVersion, listAreas, listLayers } from './queries.ts';
import { otherLanguage } from '../../web/localized-text.tsx';

/** The city's map as pages draw it: the prepared drawing and, per area key (neighbourhood id), its slug and name. */
export interface CityMap {
  map: PreparedMap;
  areas: Map<string, { slug: string; name: string }>;
}

// Preparing (projection, simplification, labels) takes milliseconds; every page reuses it until the
// shapes, the layers or a neighbourhood's name change (the version is read on each use, so several
// app instances sharing one database see an upload at once).
const prepared = new Map<string, CityMap | null>();

/** The city's map in a language, or null while the GIS office has not uploaded the neighbourhoods. */
export async function loadCityMap(db: Kysely<Database>, locale: Locale, width = 640): Promise<CityMap | null> {
  const key = JSON.stringify([await geographyVersion(db), locale, width]);
  if (prepared.has(key)) return prepared.get(key)!;
  const [areas, layers] = await Promise.all([listAreas(db), listLayers(db)]);
  let city: CityMap | null = null;
  if (areas.length > 0) {
    const boundary = layers.find((l) => l.kind === 'boundary');
    const map = prepareMap(
      areas.map((a) => ({ key: a.neighbourhood_id, name: localized(locale, a.name_fr, a.name_en), lang: otherLanguage(locale, a.name_fr, a.name_en), geometry: JSON.parse(a.geometry) as Polygon | MultiPolygon })),
      layers.filter((l) => l.kind !== 'boundary').map((l) => ({ kind: l.kind as LayerInput['kind'], name: l.name, geometry: JSON.parse(l.geometry) as Geometry })),
      boundary ? (JSON.parse(boundary.geometry) as Polygon | MultiPolygon) : null,
      { width },
    );
    city = { map, areas: new Map(areas.map((a) => [a.neighbourhood_id, { slug: a.slug, name: localized(locale, a.name_fr, a.name_en) }])) };
  }
  // Only the latest versions are kept (a handful of languages and widths).
  if (prepared.size >= 16) prepared.delete(prepared.keys().next().value!);
  prepared.set(key, city);
  return city;
}
