import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A register entry with the columns ingestion reads, the rest filled as the register form would. */
export async function insertSensor(db: Kysely<Database>, id: string, facts: { status?: string; technologies: string[]; dataTypes?: string[]; neighbourhoodId: string | null; retentionDays?: number | null }): Promise<void> {
  const now = new Date().toISOString();
  const department = await db.selectFrom('register_department').select('id').executeTakeFirst();
  if (!department) await db.insertInto('register_department').values({ id: 'dep-obs', name_fr: 'Environnement', name_en: 'Environment', organisation: 'Ville', email: '', created_at: now }).execute();
  await db
    .insertInto('register_sensor')
    .values({
      id, department_id: department?.id ?? 'dep-obs', name_fr: `Capteur ${id}`, name_en: `Sensor ${id}`, status: facts.status ?? 'active', review_on: null, process_id: null, created_at: now, updated_at: now,
      description: '', purposes: '["ecology"]', purpose_detail: '', technologies: JSON.stringify(facts.technologies), detects: '', data_types: JSON.stringify(facts.dataTypes ?? ['values_time']), personal_data: 0,
      processing: '["aggregated"]', storage: '[]', access: '[]', retention: 'data_retained', retention_days: facts.retentionDays ?? 365, address: '', neighbourhood_id: facts.neighbourhoodId,
      latitude: null, longitude: null, vendor: '', approval_url: '', installed_on: null, retired_on: null,
    })
    .execute();
}

/** An Orion-LD notification carrying these entities. */
export const notification = (data: unknown[]) => ({ id: 'urn:ngsi-ld:Notification:1', type: 'Notification', subscriptionId: 'urn:ngsi-ld:Subscription:1', notifiedAt: new Date().toISOString(), data });

/** A normalized AirQualityObserved entity, as Orion-LD sends it. */
export function airEntity(id: string, device: string, at: string, values: { NO2?: number; 'PM2.5'?: number }, unitCode = 'GQ') {
  return {
    id,
    type: 'AirQualityObserved',
    dateObserved: { type: 'Property', value: { '@type': 'DateTime', '@value': at } },
    refDevice: { type: 'Relationship', object: device },
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { type: 'Property', value: v, unitCode }])),
  };
}
