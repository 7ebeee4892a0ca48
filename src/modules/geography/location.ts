import type { Kysely } from 'kysely';
import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { containsPoint, renderMapSvg } from '../../engines/maps/index.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { Locale } from '../../config.ts';
import { loadCityMap, type CityMap } from './city-map.ts';
import { listAreas, listLayers } from './queries.ts';

// Decimal degrees, with a comma or a point; empty means "no position". Six decimals is about 10 cm.
const optionalDegrees = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .max(30)
    .default('')
    .transform((text, ctx) => {
      if (text === '') return null;
      const n = Number(text.replace(',', '.'));
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return Math.round(n * 1e6) / 1e6;
    });

/** The optional position fields of a form (latitude, longitude), to spread into a zod object. */
export const locationFields = {
  latitude: optionalDegrees(-90, 90, 'geography.location.latitudeRange'),
  longitude: optionalDegrees(-180, 180, 'geography.location.longitudeRange'),
};

/** Both coordinates or neither (a zod refinement for a schema holding `locationFields`). */
export function checkLocationPair(value: { latitude: number | null; longitude: number | null }, ctx: z.RefinementCtx): void {
  if ((value.latitude === null) !== (value.longitude === null)) ctx.addIssue({ code: 'custom', path: [value.latitude === null ? 'latitude' : 'longitude'], message: 'geography.location.pair' });
}

/**
 * Where a position falls on the city's map: the neighbourhood holding it (or null), or "outside" when
 * the city has a map and the point is in none of its neighbourhoods nor within its boundary.
 */
export async function locateInCity(db: Kysely<Database>, latitude: number, longitude: number): Promise<{ inside: true; neighbourhoodId: string | null } | { inside: false }> {
  const areas = await listAreas(db);
  if (areas.length === 0) return { inside: true, neighbourhoodId: null };
  for (const a of areas) if (containsPoint(JSON.parse(a.geometry) as Polygon | MultiPolygon, longitude, latitude)) return { inside: true, neighbourhoodId: a.neighbourhood_id };
  const boundary = (await listLayers(db)).find((l) => l.kind === 'boundary');
  if (boundary && containsPoint(JSON.parse(boundary.geometry) as Polygon | MultiPolygon, longitude, latitude)) return { inside: true, neighbourhoodId: null };
  return { inside: false };
}

/**
 * The map a form shows to place a pin with a click (public/map-picker.js): each area carries its key, and
 * the drawing says how pixels become degrees and which fields to fill. Without JavaScript it is a picture
 * of the city beside the coordinate fields.
 */
export function drawPicker(t: Translate, city: CityMap, fields: { latitude: string; longitude: string; area: string }): string {
  const { lon0, lonPerPixel, lat0, latPerPixel } = city.map.linear;
  return renderMapSvg(city.map, {
    id: 'location-picker',
    title: t('geography.location.mapTitle'),
    description: t('geography.location.hint'),
    areaKeys: true,
    data: { picker: '', transform: [lon0, lonPerPixel, lat0, latPerPixel].join(' '), 'latitude-input': fields.latitude, 'longitude-input': fields.longitude, 'area-select': fields.area },
  });
}

/** The picker map of a form whose fields have the usual ids (`field-latitude`, `field-longitude`, and the neighbourhood select's), or null without a city map. */
export async function loadPicker(db: Kysely<Database>, t: Translate, locale: Locale, areaField = 'field-neighbourhood'): Promise<string | null> {
  const city = await loadCityMap(db, locale);
  return city ? drawPicker(t, city, { latitude: 'field-latitude', longitude: 'field-longitude', area: areaField }) : null;
}
