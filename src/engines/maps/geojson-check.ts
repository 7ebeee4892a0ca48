import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { findRingCrossing, isClockwise } from './rings.ts';

/** Limits on what a city uploads: enough for a metropolis's districts, small enough to draw in milliseconds. */
export const GEOJSON_LIMITS = { maxFeatures: 500, maxPositions: 200_000, maxRingPositions: 20_000 } as const;

/** Geometries a layer may hold: areas for neighbourhoods and the boundary; lines and points too for streets, rivers, landmarks. */
export type GeometryUse = 'areas' | 'any';

/** Why an upload was refused: a code the caller translates, the feature's index (0-based) when one is at fault, and details. */
export interface GeoJsonProblem {
  code:
    | 'notJson' | 'notFeatureCollection' | 'noFeatures' | 'tooManyFeatures' | 'tooManyPositions' | 'notFeature' | 'noGeometry'
    | 'geometryType' | 'badPosition' | 'outOfRange' | 'ringTooShort' | 'ringNotClosed' | 'ringTooLong' | 'selfIntersection';
  feature: number | null;
  ring?: number;
  at?: [number, number];
  geometryType?: string;
}

/** A feature that passed every check, its rings wound as RFC 7946 asks (outer counterclockwise, holes clockwise). */
export interface CheckedFeature {
  index: number;
  properties: Record<string, unknown>;
  geometry: Geometry;
}

type Check<T> = { ok: true; value: T } | { ok: false; problem: GeoJsonProblem };

/** Checks a GeoJSON text (RFC 7946, WGS84): structure, coordinates, closed and simple rings; rewinds rings the other way round. */
export function checkGeoJson(text: string, use: GeometryUse): Check<{ features: CheckedFeature[]; rewound: number }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('notJson', null);
  }
  const collection = parsed as FeatureCollection;
  if (!collection || typeof collection !== 'object' || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return fail('notFeatureCollection', null);
  if (collection.features.length === 0) return fail('noFeatures', null);
  if (collection.features.length > GEOJSON_LIMITS.maxFeatures) return fail('tooManyFeatures', null);
  const features: CheckedFeature[] = [];
  const counter = { positions: 0, rewound: 0 };
  for (const [index, feature] of collection.features.entries()) {
    const checked = checkFeature(feature, index, use, counter);
    if (!checked.ok) return checked;
    features.push(checked.value);
  }
  return { ok: true, value: { features, rewound: counter.rewound } };
}

function fail<T>(code: GeoJsonProblem['code'], feature: number | null, more: Partial<GeoJsonProblem> = {}): Check<T> {
  return { ok: false, problem: { code, feature, ...more } };
}

interface Counter {
  positions: number;
  rewound: number;
}

function checkFeature(feature: Feature, index: number, use: GeometryUse, counter: Counter): Check<CheckedFeature> {
  if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') return fail('notFeature', index);
  const geometry = feature.geometry;
  if (!geometry || typeof geometry !== 'object') return fail('noGeometry', index);
  const properties = feature.properties && typeof feature.properties === 'object' ? (feature.properties as Record<string, unknown>) : {};
  const allowed = use === 'areas' ? ['Polygon', 'MultiPolygon'] : ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point', 'MultiPoint'];
  if (!allowed.includes(geometry.type)) return fail('geometryType', index, { geometryType: String(geometry.type) });
  const g = geometry as Polygon | MultiPolygon | { type: string; coordinates: unknown };
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown;
    if (!Array.isArray(polygons) || polygons.some((p) => !Array.isArray(p) || p.length === 0)) return fail('badPosition', index);
    const out: Position[][][] = [];
    let ringIndex = 0;
    for (const polygon of polygons as unknown[][]) {
      const rings: Position[][] = [];
      for (const [inPolygon, ring] of polygon.entries()) {
        const checked = checkRing(ring, index, ringIndex++, counter);
        if (!checked.ok) return checked;
        // RFC 7946 §3.1.6: outer rings counterclockwise, holes clockwise; readers should not refuse the other way, so we turn them.
        const wantClockwise = inPolygon > 0;
        if (isClockwise(checked.value) !== wantClockwise) {
          counter.rewound += 1;
          rings.push([...checked.value].reverse());
        } else rings.push(checked.value);
      }
      out.push(rings);
    }
    const geometryOut: Geometry = g.type === 'Polygon' ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
    return { ok: true, value: { index, properties, geometry: geometryOut } };
  }
  const lines = collectPositions(g.type, (g as { coordinates: unknown }).coordinates);
  if (!lines) return fail('badPosition', index);
  for (const p of lines) {
    const position = checkPosition(p, index, counter);
    if (!position.ok) return position;
  }
  return { ok: true, value: { index, properties, geometry: { type: g.type, coordinates: (g as { coordinates: unknown }).coordinates } as Geometry } };
}

function collectPositions(type: string, coordinates: unknown): unknown[] | null {
  if (!Array.isArray(coordinates)) return null;
  if (type === 'Point') return [coordinates];
  if (type === 'MultiPoint') return coordinates;
  if (type === 'LineString') return coordinates.length >= 2 ? coordinates : null;
  if (coordinates.some((line) => !Array.isArray(line) || line.length < 2)) return null;
  return coordinates.flat(1);
}

function checkPosition(p: unknown, feature: number, counter: Counter): Check<Position> {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3 || p.some((n) => typeof n !== 'number' || !Number.isFinite(n))) return fail('badPosition', feature);
  if (++counter.positions > GEOJSON_LIMITS.maxPositions) return fail('tooManyPositions', feature);
  const [lon, lat] = p as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return fail('outOfRange', feature, { at: [lon, lat] });
  return { ok: true, value: [lon, lat] };
}

function checkRing(ring: unknown, feature: number, ringIndex: number, counter: Counter): Check<Position[]> {
  if (!Array.isArray(ring)) return fail('badPosition', feature, { ring: ringIndex });
  if (ring.length > GEOJSON_LIMITS.maxRingPositions) return fail('ringTooLong', feature, { ring: ringIndex });
  const positions: Position[] = [];
  for (const p of ring) {
    const position = checkPosition(p, feature, counter);
    if (!position.ok) return position;
    positions.push(position.value);
  }
  if (positions.length < 4) return fail('ringTooShort', feature, { ring: ringIndex });
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (first[0] !== last[0] || first[1] !== last[1]) return fail('ringNotClosed', feature, { ring: ringIndex, at: [last[0], last[1]] });
  const crossing = findRingCrossing(positions);
  if (crossing) return fail('selfIntersection', feature, { ring: ringIndex, at: crossing });
  return { ok: true, value: positions };
}
