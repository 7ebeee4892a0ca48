import { models, type ObservationType } from './models.ts';
import type { PublishedAggregate } from './publish.ts';

/**
 * The aggregates as NGSI-LD entities of the same smart data model (key-values), one per area or device and
 * period, so another platform can read them back: `dateObservedFrom`/`dateObservedTo` bound the period.
 */
export function toNgsiLd(type: ObservationType, rows: PublishedAggregate[], baseUrl: string): Record<string, unknown>[] {
  const attribute = new Map(models[type].measures.map((m) => [m.key, m.attribute]));
  const entities = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const subject = r.device ? `device:${r.device}` : `area:${r.area}`;
    const id = `urn:ngsi-ld:${type}:cocity:${subject}:${r.period}:${r.start}`;
    let entity = entities.get(id);
    if (!entity) {
      const end = new Date(Date.parse(r.start) + (r.period === 'hour' ? 3_600_000 : 86_400_000)).toISOString();
      entity = { id, type, dateObservedFrom: r.start, dateObservedTo: end, areaServed: r.area, source: `${baseUrl}/observations`, ...(r.device ? { refDevice: `${baseUrl}/registers/sensors/${r.device}` } : {}) };
      entities.set(id, entity);
    }
    if (r.mean !== null && type !== 'ParkingSpot') entity[attribute.get(r.measure) ?? r.measure] = r.mean;
    if (r.mean !== null && type === 'ParkingSpot') entity.occupancy = r.mean;
  }
  return [...entities.values()];
}
