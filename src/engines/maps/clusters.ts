import type { PreparedMap } from './base-map.ts';

/** Something placed on the map: where, what it links to, its name, its area (neighbourhood key) and how it is marked. */
export interface PinInput {
  lon: number;
  lat: number;
  href: string;
  label: string;
  area: string | null;
  /** Drawn with another shape, so it reads without colour too (e.g. a funded project, a retired sensor). */
  mark?: 'default' | 'highlight' | 'muted';
}

/** A pin in map pixels. */
export interface PlacedPin extends Omit<PinInput, 'lon' | 'lat'> {
  x: number;
  y: number;
}

/** Many pins of one area drawn as one disc with their count, linking to the area's list. */
export interface Cluster {
  area: string;
  x: number;
  y: number;
  count: number;
  href: string;
}

/** How many pins an area shows one by one before they become one counted disc. */
export const MAX_PINS_PER_AREA = 40;

/**
 * Places pins on a prepared map; an area holding more than `maxPerArea` pins shows one disc with their
 * count at its label point instead (a map of 10,000 proposals stays small and readable). Pins outside the
 * map are left out and counted, so the page can say so.
 */
export function placePins(
  map: PreparedMap,
  pins: readonly PinInput[],
  areaHref: (area: string) => string,
  maxPerArea = MAX_PINS_PER_AREA,
): { pins: PlacedPin[]; clusters: Cluster[]; outside: number } {
  const perArea = new Map<string, number>();
  for (const p of pins) if (p.area) perArea.set(p.area, (perArea.get(p.area) ?? 0) + 1);
  const labels = new Map(map.areas.map((a) => [a.key, a.label]));
  const clustered = new Set([...perArea].filter(([area, n]) => n > maxPerArea && labels.has(area)).map(([area]) => area));
  const placed: PlacedPin[] = [];
  let outside = 0;
  for (const p of pins) {
    if (p.area && clustered.has(p.area)) continue;
    const xy = map.project(p.lon, p.lat);
    if (!xy) {
      outside += 1;
      continue;
    }
    placed.push({ x: xy[0], y: xy[1], href: p.href, label: p.label, area: p.area, mark: p.mark });
  }
  const clusters = [...clustered].map((area) => {
    const [x, y] = labels.get(area)!;
    return { area, x, y, count: perArea.get(area)!, href: areaHref(area) };
  });
  return { pins: placed, clusters, outside };
}
