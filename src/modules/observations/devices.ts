import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ObservationDeviceTable } from './tables.ts';

export type DeviceRow = Selectable<ObservationDeviceTable>;

/** The hash a token is stored and looked up by. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A device bound to a register entry, with the register facts ingestion checks. */
export interface BoundDevice {
  device: DeviceRow;
  sensor: { id: string; status: string; technologies: string; data_types: string; neighbourhood_id: string | null; retention_days: number | null };
}

const withSensor = (db: Kysely<Database>) =>
  db
    .selectFrom('observation_device')
    .innerJoin('register_sensor', 'register_sensor.id', 'observation_device.sensor_id')
    .selectAll('observation_device')
    .select(['register_sensor.status', 'register_sensor.technologies', 'register_sensor.data_types', 'register_sensor.neighbourhood_id', 'register_sensor.retention_days']);

type JoinedRow = DeviceRow & Omit<BoundDevice['sensor'], 'id'>;

function bound(row: JoinedRow): BoundDevice {
  const { status, technologies, data_types, neighbourhood_id, retention_days, ...device } = row;
  return { device, sensor: { id: device.sensor_id, status, technologies, data_types, neighbourhood_id, retention_days } };
}

/** The device a bearer token belongs to, unless the token is unknown or revoked. */
export async function deviceByToken(db: Kysely<Database>, token: string): Promise<BoundDevice | null> {
  const row = await withSensor(db).where('token_hash', '=', hashToken(token)).where('revoked_at', 'is', null).executeTakeFirst();
  return row ? bound(row) : null;
}

/** Devices by the URN their entities name (revoked ones included: their entities are refused, not unknown). */
export async function devicesByRef(db: Kysely<Database>, refs: string[]): Promise<Map<string, BoundDevice>> {
  if (refs.length === 0) return new Map();
  const rows = await withSensor(db).where('device_ref', 'in', refs).execute();
  return new Map(rows.map((r) => [r.device_ref, bound(r)]));
}

/** Every bound device, newest first, for the admin page. */
export function listDevices(db: Kysely<Database>) {
  return db
    .selectFrom('observation_device')
    .innerJoin('register_sensor', 'register_sensor.id', 'observation_device.sensor_id')
    .selectAll('observation_device')
    .select(['register_sensor.name_fr', 'register_sensor.name_en', 'register_sensor.status'])
    .orderBy('observation_device.created_at', 'desc')
    .execute();
}

/** Binds a register entry to a device URN and returns the token, which is never stored in clear. */
export async function createDevice(db: Kysely<Database>, input: { sensorId: string; deviceRef: string; createdBy: string | null }): Promise<{ id: string; token: string }> {
  const token = `cobs_${randomBytes(24).toString('base64url')}`;
  const id = randomUUID();
  await db
    .insertInto('observation_device')
    .values({ id, sensor_id: input.sensorId, device_ref: input.deviceRef, token_hash: hashToken(token), token_hint: token.slice(-4), created_by: input.createdBy, created_at: new Date().toISOString(), revoked_at: null })
    .execute();
  return { id, token };
}

/** Revokes a device's token at once; its entities are refused from then on. */
export async function revokeDevice(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.updateTable('observation_device').set({ revoked_at: new Date().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
