import { placePins, renderMapSvg, type PinInput } from '../../engines/maps/index.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import type { CityMap } from './city-map.ts';

/** Something a page places on the city's map: a proposal, a project, a sensor. */
export interface MapPin {
  latitude: number;
  longitude: number;
  href: string;
  label: string;
  neighbourhoodId: string | null;
  mark?: PinInput['mark'];
}

/** A drawn pin map and what the text beside it must say (pins left out, crowded areas shown as counts). */
export interface DrawnPinMap {
  svg: string;
  outside: number;
  clustered: boolean;
}

/**
 * Draws pins on the city's map. A crowded neighbourhood becomes one counted disc linking to
 * `areaHref(neighbourhoodId)` (the list filtered to that neighbourhood).
 */
export function drawPinMap(
  t: Translate,
  city: CityMap,
  options: { id: string; title: string; pins: readonly MapPin[]; areaHref: (neighbourhoodId: string) => string; highlight?: string | null; hideLabels?: boolean; displayWidth?: number; data?: Record<string, string> },
): DrawnPinMap {
  const placed = placePins(
    city.map,
    options.pins.map((p) => ({ lon: p.longitude, lat: p.latitude, href: p.href, label: p.label, area: p.neighbourhoodId, mark: p.mark })),
    options.areaHref,
  );
  const svg = renderMapSvg(city.map, {
    id: options.id,
    title: options.title,
    description: t('geography.map.tableNote'),
    pins: placed.pins,
    clusters: placed.clusters,
    highlight: options.highlight,
    hideLabels: options.hideLabels,
    displayWidth: options.displayWidth,
    data: options.data,
    links: {
      label: t('geography.map.links', { title: options.title }),
      clusterLabel: (c) => t('geography.map.clusterLink', { count: c.count, area: city.areas.get(c.area)?.name ?? '' }),
    },
  });
  return { svg, outside: placed.outside, clustered: placed.clusters.length > 0 };
}

/** The small map on an item's own page: its neighbourhood darker, its pin if it has a position (null without a city map or a place). */
export function drawLocator(t: Translate, city: CityMap, item: { id: string; label: string; latitude: number | null; longitude: number | null; neighbourhoodId: string | null }): string | null {
  const pin = item.latitude !== null && item.longitude !== null ? city.map.project(item.longitude, item.latitude) : null;
  if (!pin && !(item.neighbourhoodId && city.areas.has(item.neighbourhoodId))) return null;
  return renderMapSvg(city.map, {
    id: item.id,
    title: t('geography.location.locatorTitle', { name: item.label }),
    highlight: item.neighbourhoodId,
    pins: pin ? [{ x: pin[0], y: pin[1], href: '', label: item.label, area: item.neighbourhoodId, mark: 'default' }] : [],
    displayWidth: 320,
  });
}
