import { geoIdentity } from 'd3-geo';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature as topoFeature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection } from 'topojson-specification';
import { signedArea2 } from './rings.ts';

/** An area of the city (a neighbourhood) in longitude/latitude, as stored. */
export interface AreaInput {
  key: string;
  name: string;
  /** The name's language when it is not the page's (a French-only name on an English map), for its label's `lang`. */
  lang?: string;
  geometry: Polygon | MultiPolygon;
}

/** A layer drawn for orientation (a river, streets, landmarks). */
export interface LayerInput {
  kind: 'water' | 'street' | 'landmark';
  name: string;
  geometry: Geometry;
}

/** An area ready to draw: its SVG path in map pixels and where its label goes (inside it). */
export interface PreparedArea {
  key: string;
  name: string;
  lang?: string;
  d: string;
  label: [number, number];
}

/** A city map projected, simplified and labelled once; every page's map is drawn from it. */
export interface PreparedMap {
  width: number;
  height: number;
  areas: PreparedArea[];
  outline: string;
  layers: { kind: LayerInput['kind']; name: string; d: string; points: [number, number][] }[];
  /** Map pixels of a longitude/latitude (null when it lies outside the drawn frame). */
  project: (lon: number, lat: number) => [number, number] | null;
  /** The longitude/latitude of map pixels (what a click on the map means). */
  invert: (x: number, y: number) => [number, number];
  /** The same inversion as four numbers, for the browser's pin picker: lon = lon0 + x·lonPerPixel, lat = lat0 + y·latPerPixel. */
  linear: { lon0: number; lonPerPixel: number; lat0: number; latPerPixel: number };
}

/** Options: the drawing's width in pixels and the smallest triangle (px²) simplification keeps. */
export interface PrepareOptions {
  width?: number;
  minArea?: number;
}

const PADDING = 8;

/**
 * Projects the city's areas and layers onto a plane fitted to the city (an equirectangular projection
 * around its middle latitude, exact enough at a city's scale, and planar, so ring winding cannot turn an
 * area into "the whole globe but this"), simplifies shared borders once for both neighbours (a
 * topology), and places each label at the point farthest inside its area.
 */
export function prepareMap(areas: readonly AreaInput[], layers: readonly LayerInput[] = [], boundary: Polygon | MultiPolygon | null = null, options: PrepareOptions = {}): PreparedMap {
  const width = options.width ?? 640;
  const all = [...areas.map((a) => a.geometry), ...(boundary ? [boundary] : []), ...layers.map((l) => l.geometry)];
  const [minLon, minLat, maxLon, maxLat] = bounds(areas.length ? areas.map((a) => a.geometry) : all);
  const cosLat = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const planarWidth = Math.max((maxLon - minLon) * cosLat, 1e-9);
  const height = Math.round(Math.min(Math.max(((maxLat - minLat) / planarWidth) * (width - 2 * PADDING) + 2 * PADDING, 120), width * 1.4));
  const fitted = geoIdentity().reflectY(true).fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], {
    type: 'MultiPoint',
    coordinates: [[minLon * cosLat, minLat], [maxLon * cosLat, maxLat]],
  });
  const toPixels = (p: Position): [number, number] => {
    const xy = fitted([p[0] * cosLat, p[1]])!;
    return [xy[0], xy[1]];
  };
  const project = (lon: number, lat: number): [number, number] | null => {
    const [x, y] = toPixels([lon, lat]);
    return x < 0 || y < 0 || x > width || y > height ? null : [round(x), round(y)];
  };
  const invert = (x: number, y: number): [number, number] => {
    const [px, lat] = fitted.invert!([x, y])!;
    return [px / cosLat, lat];
  };

  const collection = (items: { geometry: Geometry; properties: Record<string, unknown> }[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: items.map((i) => ({ type: 'Feature', properties: i.properties, geometry: mapGeometry(i.geometry, toPixels) })),
  });
  const topo = topology(
    {
      areas: collection(areas.map((a) => ({ geometry: a.geometry, properties: { key: a.key } }))),
      boundary: collection(boundary ? [{ geometry: boundary, properties: {} }] : []),
      layers: collection(layers.map((l, i) => ({ geometry: l.geometry, properties: { i } }))),
    },
    1e5,
  );
  // Triangles smaller than minArea px² are invisible: dropping them keeps the page small; shared arcs stay shared.
  const simple = simplify(presimplify(topo as unknown as Parameters<typeof presimplify>[0]), options.minArea ?? 0.5);
  const areaShapes = (topoFeature(simple, simple.objects.areas) as FeatureCollection).features;
  const outlineGeometry = boundary
    ? (topoFeature(simple, simple.objects.boundary) as FeatureCollection).features[0]?.geometry
    : // Without a drawn boundary, the city's outline is the union of its areas.
      merge(simple, (simple.objects.areas as GeometryCollection).geometries as Parameters<typeof merge>[1]);
  const layerShapes = (topoFeature(simple, simple.objects.layers) as FeatureCollection).features;

  return {
    width,
    height,
    areas: areas.map((a, i) => {
      const shape = areaShapes[i].geometry as Polygon | MultiPolygon;
      return { key: a.key, name: a.name, lang: a.lang, d: pathOf(shape), label: labelPoint(shape) };
    }),
    outline: outlineGeometry ? pathOf(outlineGeometry) : '',
    layers: layers.map((l, i) => {
      const shape = layerShapes[i].geometry as Geometry;
      return { kind: l.kind, name: l.name, d: pathOf(shape), points: pointsOf(shape) };
    }),
    project,
    invert,
    linear: { lon0: invert(0, 0)[0], lonPerPixel: invert(1, 1)[0] - invert(0, 0)[0], lat0: invert(0, 0)[1], latPerPixel: invert(1, 1)[1] - invert(0, 0)[1] },
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function bounds(geometries: readonly Geometry[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries)
    mapGeometry(g, (p) => {
      box[0] = Math.min(box[0], p[0]);
      box[1] = Math.min(box[1], p[1]);
      box[2] = Math.max(box[2], p[0]);
      box[3] = Math.max(box[3], p[1]);
      return p;
    });
  return Number.isFinite(box[0]) ? box : [0, 0, 1, 1];
}

function mapGeometry(g: Geometry, f: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: f(g.coordinates) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: g.coordinates.map(f) };
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map(f) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(f)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(f)) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(f))) };
    default:
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapGeometry(x, f)) };
  }
}

const num = (n: number) => String(round(n));
const line = (points: Position[], close: boolean) =>
  points.length < 2 ? '' : `M${points.map((p) => `${num(p[0])} ${num(p[1])}`).join('L')}${close ? 'Z' : ''}`;

/** An SVG path for a geometry already in map pixels (rings simplified to fewer than 4 points are dropped). */
function pathOf(g: Geometry): string {
  switch (g.type) {
    case 'LineString':
      return line(g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => line(l, false)).join('');
    case 'Polygon':
      return g.coordinates.filter((r) => r.length >= 4).map((r) => line(r.slice(0, -1), true)).join('');
    case 'MultiPolygon':
      return g.coordinates.map((p) => pathOf({ type: 'Polygon', coordinates: p })).join('');
    default:
      return '';
  }
}

function pointsOf(g: Geometry): [number, number][] {
  if (g.type === 'Point') return [[round(g.coordinates[0]), round(g.coordinates[1])]];
  if (g.type === 'MultiPoint') return g.coordinates.map((p) => [round(p[0]), round(p[1])]);
  return [];
}

// The label goes in the largest part of the area, at the point farthest from its edges.
function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = parts.filter((p) => p[0]?.length >= 4).sort((a, b) => Math.abs(signedArea2(b[0])) - Math.abs(signedArea2(a[0])))[0];
  if (!largest) return [0, 0];
  const [x, y] = polylabel(largest as number[][][], 0.5);
  return [round(x), round(y)];
}

