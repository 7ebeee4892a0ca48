import type { Kysely } from 'kysely';
import type { Polygon } from 'geojson';
import type { Database } from '../../db/schema.ts';
import { containsPoint } from '../../engines/maps/index.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { belleriveBoundary, belleriveLandmarks, belleriveNeighbourhoods, belleriveWater } from '../../seed/bellerive-geography.ts';
import { replaceAreas, replaceLayer } from './upload-service.ts';

// A small deterministic generator (from the item's title), so the demo's pins land in the same places on every start.
function seededRandom(text: string): () => number {
  let state = [...text].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 2166136261);
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A point inside a neighbourhood's outline, drawn from the item's title. */
export function demoPointIn(outline: Polygon, title: string): { latitude: number; longitude: number } {
  const ring = outline.coordinates[0];
  const [minLon, maxLon] = [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))];
  const [minLat, maxLat] = [Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[1]))];
  const random = seededRandom(title);
  for (;;) {
    const lon = minLon + random() * (maxLon - minLon);
    const lat = minLat + random() * (maxLat - minLat);
    if (containsPoint(outline, lon, lat)) return { latitude: Math.round(lat * 1e5) / 1e5, longitude: Math.round(lon * 1e5) / 1e5 };
  }
}

/**
 * Gives Bellerive its map through the same checks as the GIS office's upload (neighbourhoods, boundary,
 * the Sorne, a few landmarks), then places the demo's proposals, budget projects and sensors that name
 * a neighbourhood and have no position yet at a point inside it (city-wide items stay off the map).
 */
export async function seedDemoGeography(db: Kysely<Database>, people: Record<string, string>): Promise<void> {
  const admin: CurrentUser = { id: people.admin, name: 'admin', email: '', emailVerified: true, role: 'admin', locale: 'fr' };
  const saved = await replaceAreas(db, admin, JSON.stringify(belleriveNeighbourhoods), JSON.stringify(belleriveBoundary), false);
  if (!saved.ok) throw new Error(`demo geography refused: ${JSON.stringify(saved.problem)}`);
  await replaceLayer(db, admin, 'water', JSON.stringify(belleriveWater));
  await replaceLayer(db, admin, 'landmark', JSON.stringify(belleriveLandmarks));

  const hoods = await db.selectFrom('neighbourhood').select(['id', 'slug']).execute();
  const outlines = new Map(hoods.map((h) => [h.id, belleriveNeighbourhoods.features.find((f) => f.properties?.slug === h.slug)?.geometry]));
  const place = (hood: string | null, title: string) => {
    const outline = hood ? outlines.get(hood) : undefined;
    return outline ? demoPointIn(outline, title) : null;
  };
  for (const p of await db.selectFrom('proposal').select(['id', 'title', 'neighbourhood_id']).where('latitude', 'is', null).execute()) {
    const at = place(p.neighbourhood_id, p.title);
    if (at) await db.updateTable('proposal').set(at).where('id', '=', p.id).execute();
  }
  for (const p of await db.selectFrom('budget_project').select(['id', 'title_fr', 'neighbourhood_id']).where('latitude', 'is', null).execute()) {
    const at = place(p.neighbourhood_id, p.title_fr);
    if (at) await db.updateTable('budget_project').set(at).where('id', '=', p.id).execute();
  }
  for (const s of await db.selectFrom('register_sensor').select(['id', 'name_fr', 'neighbourhood_id']).where('latitude', 'is', null).execute()) {
    const at = place(s.neighbourhood_id, s.name_fr);
    if (at) await db.updateTable('register_sensor').set(at).where('id', '=', s.id).execute();
  }
}
