import type { Locale } from '../../config.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { drawPinMap, type CityMap, type DrawnPinMap, type MapPin } from '../geography/index.ts';
import { entryName } from './present.ts';
import type { SensorRow } from './queries.ts';

// Shapes, not only colours, tell the status (the map reads in greyscale and for colour-blind people).
const markOf = (status: string): MapPin['mark'] => (status === 'active' ? 'default' : status === 'planned' ? 'highlight' : 'muted');

/** The register's map of what is measured where: the listed sensors that have a position, shaped by status. */
export function sensorMap(t: Translate, locale: Locale, city: CityMap, rows: readonly SensorRow[]): DrawnPinMap {
  const pins: MapPin[] = rows
    .filter((r) => r.latitude !== null && r.longitude !== null)
    .map((r) => ({ latitude: r.latitude!, longitude: r.longitude!, href: `/registers/sensors/${r.id}`, label: entryName(locale, r), neighbourhoodId: r.neighbourhood_id, mark: markOf(r.status) }));
  return drawPinMap(t, city, { id: 'sensors-map', title: t('registers.sensors.mapTitle', { n: pins.length }), pins, areaHref: (id) => `/registers/sensors?neighbourhood=${encodeURIComponent(id)}` });
}
