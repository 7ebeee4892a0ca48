import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { prepareMap } from './base-map.ts';
import { choroplethSteps } from './choropleth.ts';
import { placePins } from './clusters.ts';
import { containsPoint } from './rings.ts';
import { renderMapSvg } from './svg.ts';

// Two neighbourhoods sharing a wiggly border of many points, around 45.76° N.
const border = Array.from({ length: 200 }, (_, i) => [4.84 + 0.000005 * Math.sin(i), 45.75 + (0.02 * i) / 199]);
const west: Polygon = { type: 'Polygon', coordinates: [[[4.82, 45.75], ...border, [4.82, 45.77], [4.82, 45.75]]] };
const east: Polygon = { type: 'Polygon', coordinates: [[...border, [4.86, 45.77], [4.86, 45.75], border[0]].reverse()] };
const areas = [
  { key: 'w', name: 'Ouest', geometry: west },
  { key: 'e', name: 'Est & <Rive>', geometry: east },
];

describe('preparing and drawing a city map', () => {
  const map = prepareMap(areas);

  it('fits the city to the drawing, north up and east right, with the right proportions for its latitude', () => {
    const northWest = map.project(4.82, 45.77)!;
    const southEast = map.project(4.86, 45.75)!;
    expect(northWest[0]).toBeLessThan(southEast[0]);
    expect(northWest[1]).toBeLessThan(southEast[1]);
    // 0.04° of longitude at 45.76° N is about 3.1 km, 0.02° of latitude 2.2 km: the drawing is wider than tall.
    const ratio = (southEast[0] - northWest[0]) / (southEast[1] - northWest[1]);
    expect(ratio).toBeGreaterThan(1.3);
    expect(ratio).toBeLessThan(1.5);
    const [lon, lat] = map.invert(...map.project(4.85, 45.76)!);
    expect(lon).toBeCloseTo(4.85, 3);
    expect(lat).toBeCloseTo(45.76, 3);
  });

  it('simplifies the shared border the same way for both neighbours, and places each label inside its area', () => {
    const points = (d: string) => d.split(/[MLZ]/).filter(Boolean);
    // Wiggles of a tenth of a pixel are invisible: most of the 200 border points go.
    expect(points(map.areas[0].d).length).toBeLessThan(100);
    // The border points kept on one side are exactly those kept on the other: no gap, no overlap.
    const middle = map.project(4.84, 45.76)![0];
    const onBorder = (d: string) => new Set(points(d).filter((p) => Math.abs(Number(p.split(' ')[0]) - middle) < 3));
    expect(onBorder(map.areas[0].d).size).toBeGreaterThan(1);
    expect(onBorder(map.areas[0].d)).toEqual(onBorder(map.areas[1].d));
    const [wx, wy] = map.areas[0].label;
    const [ex, ey] = map.areas[1].label;
    expect(containsPoint(west, ...map.invert(wx, wy))).toBe(true);
    expect(containsPoint(east, ...map.invert(ex, ey))).toBe(true);
  });

  it('draws an accessible inline SVG, escaping names, without style attributes', () => {
    const svg = renderMapSvg(map, { id: 'm', title: 'Carte "test"', description: 'Le tableau suit.' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m-title m-desc"/);
    expect(svg).toContain('<title id="m-title">Carte &quot;test&quot;</title>');
    expect(svg).toContain('Est &amp; &lt;Rive&gt;');
    expect(svg).not.toContain('style=');
    expect(svg.length).toBeLessThan(100_000);
  });

  it('groups the pins of a crowded area into one counted disc linking to its list', () => {
    const pins = Array.from({ length: 50 }, (_, i) => ({ lon: 4.85, lat: 45.76, href: `/p/${i}`, label: `P${i}`, area: 'e' }));
    pins.push({ lon: 4.83, lat: 45.76, href: '/p/w', label: 'W', area: 'w' }, { lon: 5.5, lat: 45.76, href: '/p/far', label: 'far', area: 'w' });
    const placed = placePins(map, pins, (a) => `/list?n=${a}`, 40);
    expect(placed.clusters).toEqual([expect.objectContaining({ area: 'e', count: 50, href: '/list?n=e' })]);
    expect(placed.pins.map((p) => p.href)).toEqual(['/p/w']);
    expect(placed.outside).toBe(1);
  });

  it('makes linked pins and discs real links in a sibling SVG over the picture, which holds none', () => {
    const placed = placePins(map, [...Array.from({ length: 3 }, (_, i) => ({ lon: 4.85, lat: 45.76, href: `/p/${i}`, label: `P${i}`, area: 'e' })), { lon: 4.83, lat: 45.76, href: '/p/w?a=1&b=2', label: 'W "1"', area: 'w' }], (a) => `/list?n=${a}`, 2);
    const html = renderMapSvg(map, { id: 'm', title: 'Carte', pins: placed.pins, clusters: placed.clusters, links: { label: 'Liens', clusterLabel: (c) => `${c.count} dans ${c.area}` } });
    const [picture, layer] = html.replace(/^<div class="map-stack">|<\/div>$/g, '').split('</svg>');
    expect(picture).toMatch(/^<svg [^>]*role="img"/);
    expect(picture).not.toMatch(/<a[ >]|data-href/);
    expect(layer).toMatch(/^<svg [^>]*class="map-links" [^>]*viewBox="0 0 \d+ \d+" [^>]*role="group" aria-label="Liens"/);
    expect(layer).toContain('<a href="/p/w?a=1&amp;b=2" aria-label="W &quot;1&quot;"><title>W &quot;1&quot;</title><circle');
    expect(layer).toContain('<a href="/list?n=e" aria-label="3 dans e"><title>3 dans e</title><circle');
    // Without an address (an item's own locator map), a pin is part of the picture and no links layer is drawn.
    const locator = renderMapSvg(map, { id: 'l', title: 'Ici', pins: [{ ...placed.pins[0], href: '' }] });
    expect(locator).toMatch(/^<svg [^>]*role="img"[^]*<circle[^]*<\/svg>$/);
    expect(locator).not.toContain('map-links');
  });

  it('cuts choropleth values into steps of equal width, areas without a figure apart', () => {
    const { stepOf, legend } = choroplethSteps(new Map([['a', 0], ['b', 10], ['c', 5], ['d', null]]), 5);
    expect(stepOf.get('a')).toBe(0);
    expect(stepOf.get('b')).toBe(4);
    expect(stepOf.get('c')).toBe(2);
    expect(stepOf.has('d')).toBe(false);
    expect(legend.map((s) => [s.from, s.to])).toEqual([[0, 2], [2, 4], [4, 6], [6, 8], [8, 10]]);
    expect(new Set(legend.map((s) => s.fill)).size).toBe(5);
  });
});
