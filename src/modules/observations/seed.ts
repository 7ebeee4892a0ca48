import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { createDevice } from './devices.ts';
import { foldObservations } from './fold.ts';
import { upsertCells } from './ingest.ts';
import type { ParsedObservation } from './parse-entity.ts';

const HOUR_MS = 3_600_000;
type DemoKind = 'air' | 'noise';
// The names src/modules/registers/seed-data.ts gives the two entries (registers imports this module, so not imported back).
const demoSensorNames: Record<DemoKind, string> = { air: 'Air-quality sensor, Les Tilleuls school', noise: 'Noise sensor, Guinguettes quay' };

/** A small deterministic generator, so the demo city looks the same on every start. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Traffic's shape over a day and a week: morning and evening peaks on weekdays, a flatter weekend, quiet nights. */
function trafficShape(at: Date): number {
  const h = at.getUTCHours() + 1;
  const weekend = at.getUTCDay() === 0 || at.getUTCDay() === 6;
  const peaks = Math.exp(-((h - 8) ** 2) / 3) + Math.exp(-((h - 18) ** 2) / 4);
  const day = h >= 6 && h <= 22 ? 0.5 : 0.1;
  return (weekend ? 0.6 : 1) * (day + peaks);
}

/** A month of observations every 15 minutes, as the two devices would have sent them. */
function generate(kind: DemoKind, now: number): ParsedObservation[] {
  const random = seededRandom(kind === 'air' ? 17 : 29);
  const out: ParsedObservation[] = [];
  const start = Math.floor(now / HOUR_MS) * HOUR_MS - 30 * 24 * HOUR_MS;
  for (let t = start; t < now; t += 15 * 60_000) {
    const shape = trafficShape(new Date(t));
    const noise = () => (random() - 0.5) * 2;
    if (kind === 'air') {
      const no2 = Math.max(2, 12 + 28 * shape + 5 * noise());
      const pm25 = Math.max(1, 6 + 9 * shape + 3 * noise());
      out.push({ id: 'urn:ngsi-ld:AirQualityObserved:tilleuls-school', type: 'AirQualityObserved', refDevice: null, observedAt: t, values: [{ key: 'no2', value: no2 }, { key: 'pm25', value: pm25 }, { key: 'pm10', value: pm25 * 1.6 + 2 * random() }, { key: 'o3', value: Math.max(5, 70 - 30 * shape + 10 * noise()) }] });
    } else {
      const laeq = 42 + 22 * Math.min(1, shape) + 3 * noise();
      out.push({ id: 'urn:ngsi-ld:NoiseLevelObserved:guinguettes-quay', type: 'NoiseLevelObserved', refDevice: null, observedAt: t, values: [{ key: 'laeq', value: laeq }, { key: 'lamax', value: laeq + 8 + 6 * random() }] });
    }
  }
  return out;
}

/**
 * The demo register's air-quality and noise entries, found by the names the register seed gives them. Never
 * "the first air sensor": a database can hold other entries before the demo is seeded (a benchmark's 500 devices
 * did), and those must not receive a month of invented figures.
 */
export async function demoSensorIds(db: Kysely<Database>): Promise<Record<DemoKind, string | null>> {
  const find = async (name: string) =>
    (await db.selectFrom('register_sensor').select('id').where('name_en', '=', name).where('status', '=', 'active').where((eb) => eb.not(eb.exists(eb.selectFrom('observation_device').select('id').whereRef('observation_device.sensor_id', '=', 'register_sensor.id')))).executeTakeFirst())?.id ?? null;
  return { air: await find(demoSensorNames.air), noise: await find(demoSensorNames.noise) };
}

/** Gives Bellerive's air-quality and noise sensors a device binding and a month of aggregates, so the pages have content on first start. */
export async function seedObservations(db: Kysely<Database>, sensorIds: Record<DemoKind, string | null>, now = Date.now()): Promise<void> {
  for (const kind of ['air', 'noise'] as const) {
    const sensor = sensorIds[kind] ? await db.selectFrom('register_sensor').select(['id', 'neighbourhood_id']).where('id', '=', sensorIds[kind]).executeTakeFirst() : undefined;
    if (!sensor) continue;
    // The demo tokens are thrown away: staff make a real one on the admin page.
    await createDevice(db, { sensorId: sensor.id, deviceRef: `urn:ngsi-ld:Device:bellerive-${kind}-1`, createdBy: null });
    const cells = foldObservations(generate(kind, now).map((observation) => ({ observation, sensorId: sensor.id, neighbourhoodId: sensor.neighbourhood_id })));
    await db.transaction().execute((trx) => upsertCells(trx, cells));
  }
}
