import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';

/**
 * Bellerive's geography: fictitious, drawn for the demo (no real town's outline), in WGS84 around
 * 45.767° N, 4.84° E. Five neighbourhoods share their borders point for point, as a GIS export does;
 * the Sorne river crosses Bord-de-Rivière from west to east. Rings are counterclockwise (RFC 7946).
 */
const p = {
  n1: [4.818, 45.781], n2: [4.83, 45.785], n3: [4.845, 45.7845], n4: [4.857, 45.7805],
  hw: [4.815, 45.7745], w1: [4.8135, 45.768], rw: [4.815, 45.76], sw: [4.8175, 45.754],
  s2: [4.826, 45.75], s1: [4.84, 45.7485], se: [4.8555, 45.7505], e2: [4.8625, 45.756],
  re: [4.863, 45.762], e1: [4.8645, 45.769], he: [4.8615, 45.7755],
  // Inner borders: Les Hauts' southern edge, the station and harbour edges, the river quarter's northern edge.
  h1: [4.828, 45.7735], h2: [4.838, 45.773], h3: [4.85, 45.7745],
  g1: [4.829, 45.768], r1: [4.827, 45.7615], r2: [4.84, 45.7598], r3: [4.8465, 45.7603], r4: [4.852, 45.761],
  t1: [4.842, 45.7665],
} as const;

type Key = keyof typeof p;
const ring = (...keys: Key[]): number[][] => [...keys, keys[0]].map((k) => [...p[k]]);
const polygon = (...keys: Key[]): Polygon => ({ type: 'Polygon', coordinates: [ring(...keys)] });

/** The five neighbourhoods, linked to cocity's neighbourhoods by their slug. */
export const belleriveNeighbourhoods: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [
    { slug: 'les-hauts', name: 'Les Hauts', geometry: polygon('hw', 'h1', 'h2', 'h3', 'he', 'n4', 'n3', 'n2', 'n1') },
    { slug: 'la-gare', name: 'Quartier de la Gare', geometry: polygon('hw', 'w1', 'rw', 'r1', 'g1', 'h1') },
    { slug: 'vieux-port', name: 'Vieux-Port', geometry: polygon('h1', 'g1', 'r1', 'r2', 'r3', 't1', 'h2') },
    { slug: 'les-tilleuls', name: 'Les Tilleuls', geometry: polygon('h2', 't1', 'r3', 'r4', 're', 'e1', 'he', 'h3') },
    { slug: 'bord-de-riviere', name: 'Bord-de-Rivière', geometry: polygon('rw', 'sw', 's2', 's1', 'se', 'e2', 're', 'r4', 'r3', 'r2', 'r1') },
  ].map(({ slug, name, geometry }) => ({ type: 'Feature', properties: { slug, name }, geometry })),
};

/** The city boundary: the outer edge of the five neighbourhoods. */
export const belleriveBoundary: FeatureCollection<Polygon> = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Bellerive' }, geometry: polygon('n1', 'hw', 'w1', 'rw', 'sw', 's2', 's1', 'se', 'e2', 're', 'e1', 'he', 'n4', 'n3', 'n2') }],
};

/** The Sorne, the river the town is named after ("belle rive"). */
export const belleriveWater: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'La Sorne' },
      geometry: { type: 'LineString', coordinates: [[4.808, 45.7585], [4.818, 45.7572], [4.826, 45.7556], [4.834, 45.7562], [4.841, 45.7571], [4.8485, 45.7556], [4.856, 45.7566], [4.862, 45.7582], [4.87, 45.7575]] },
    },
  ],
};

/** A few well-known places, for orientation. */
export const belleriveLandmarks: FeatureCollection<Point> = {
  type: 'FeatureCollection',
  features: [
    { name: 'Gare', at: [4.8215, 45.7655] },
    { name: 'Mairie', at: [4.8345, 45.7652] },
    { name: 'Château d’eau', at: [4.843, 45.779] },
  ].map(({ name, at }) => ({ type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: at } })),
};
