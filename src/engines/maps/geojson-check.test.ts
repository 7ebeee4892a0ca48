import { describe, expect, it } from 'vitest';
import { checkGeoJson } from './geojson-check.ts';
import { findRingCrossing, isClockwise } from './rings.ts';

const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
const collection = (...geometries: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { name: `n${i}` }, geometry })) });
const refusal = (text: string, use: 'areas' | 'any' = 'areas') => {
  const r = checkGeoJson(text, use);
  if (r.ok) throw new Error('expected a refusal');
  return r.problem;
};

describe('checking an uploaded GeoJSON', () => {
  it('accepts a FeatureCollection of polygons and winds rings as RFC 7946 asks (outer counterclockwise, holes clockwise)', () => {
    const clockwiseOuter = [...square].reverse();
    const hole = [[0.2, 0.2], [0.8, 0.2], [0.8, 0.8], [0.2, 0.8], [0.2, 0.2]]; // counterclockwise: must turn
    const r = checkGeoJson(collection({ type: 'Polygon', coordinates: [clockwiseOuter, hole] }), 'areas');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rewound).toBe(2);
    const [outer, inner] = (r.value.features[0].geometry as { coordinates: number[][][] }).coordinates;
    expect(isClockwise(outer)).toBe(false);
    expect(isClockwise(inner)).toBe(true);
  });

  it('names the feature at fault, by its index in the file', () => {
    const open = [[0, 0], [1, 0], [1, 1], [0, 1]];
    expect(refusal(collection({ type: 'Polygon', coordinates: [square] }, { type: 'Polygon', coordinates: [open] }))).toMatchObject({ code: 'ringNotClosed', feature: 1, ring: 0 });
  });

  it('refuses a ring that crosses itself (a bow tie), and says near which point', () => {
    const bowTie = [[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]];
    expect(refusal(collection({ type: 'Polygon', coordinates: [bowTie] }))).toMatchObject({ code: 'selfIntersection', feature: 0 });
    expect(findRingCrossing(square)).toBeNull();
  });

  it('refuses an edge folding back over the previous one', () => {
    const spike = [[0, 0], [2, 0], [1, 0], [1, 1], [0, 0]];
    expect(refusal(collection({ type: 'Polygon', coordinates: [spike] }))).toMatchObject({ code: 'selfIntersection' });
  });

  it('refuses projected coordinates (a Lambert 93 export) and says which point', () => {
    const lambert = [[842000, 6519000], [843000, 6519000], [843000, 6520000], [842000, 6519000]];
    expect(refusal(collection({ type: 'Polygon', coordinates: [lambert] }))).toMatchObject({ code: 'outOfRange', feature: 0, at: [842000, 6519000] });
  });

  it('refuses what is not a FeatureCollection of areas, and lines where areas are needed', () => {
    expect(refusal('{"type":')).toMatchObject({ code: 'notJson', feature: null });
    expect(refusal('{"type":"Feature"}')).toMatchObject({ code: 'notFeatureCollection' });
    expect(refusal('{"type":"FeatureCollection","features":[]}')).toMatchObject({ code: 'noFeatures' });
    expect(refusal(collection({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }))).toMatchObject({ code: 'geometryType', feature: 0, geometryType: 'LineString' });
    expect(refusal(collection({ type: 'Polygon', coordinates: [[[0, 0], [1, 'a'], [1, 1], [0, 0]]] }))).toMatchObject({ code: 'badPosition' });
    expect(refusal(collection({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }))).toMatchObject({ code: 'ringTooShort' });
  });

  it('takes lines and points in an orientation layer', () => {
    const r = checkGeoJson(collection({ type: 'LineString', coordinates: [[0, 0], [1, 1]] }, { type: 'Point', coordinates: [0.5, 0.5] }), 'any');
    expect(r.ok).toBe(true);
  });

  it('refuses files beyond the size limits', () => {
    const many = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 501 }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } })) });
    expect(refusal(many)).toMatchObject({ code: 'tooManyFeatures' });
    const long = Array.from({ length: 20_001 }, (_, i) => [Math.cos((i / 20_000) * 2 * Math.PI), Math.sin((i / 20_000) * 2 * Math.PI)]);
    long[long.length - 1] = long[0];
    expect(refusal(collection({ type: 'Polygon', coordinates: [long] }))).toMatchObject({ code: 'ringTooLong', feature: 0 });
  });
});
