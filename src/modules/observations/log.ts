import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Rejection } from './parse-entity.ts';

/** How long the ingestion log is kept, and how many refusals one row details (the others are counted). */
export const LOG_RETENTION_DAYS = 30;
export const REJECTIONS_KEPT = 50;

/** What one ingestion did for one device. */
export interface LogEntry {
  deviceRef: string;
  sensorId: string | null;
  accepted: number;
  duplicates: number;
  rejections: Rejection[];
}

/** One log row as the pages show it. */
export interface LogRow {
  at: string;
  source: string;
  deviceRef: string;
  accepted: number;
  duplicates: number;
  rejected: number;
  rejections: Rejection[];
}

/** Writes the log rows of one ingestion, inside its transaction (the first row carries an uploaded file's hash). */
export async function writeIngestionLog(trx: Kysely<Database>, source: 'ngsi-ld' | 'csv', entries: LogEntry[], at: string, fileHash: string | null = null): Promise<void> {
  if (entries.length === 0) return;
  await trx
    .insertInto('observation_log')
    .values(entries.map((e, i) => ({ id: randomUUID(), at, source, device_ref: e.deviceRef.slice(0, 256), sensor_id: e.sensorId, accepted: e.accepted, duplicates: e.duplicates, rejected: e.rejections.length, rejections: JSON.stringify(e.rejections.slice(0, REJECTIONS_KEPT)), file_hash: i === 0 ? fileHash : null })))
    .execute();
}

/** The latest log rows of one register entry (or of every device when `sensorId` is null), newest first. */
export async function recentLog(db: Kysely<Database>, filter: { sensorId?: string; deviceRef?: string }, limit = 50): Promise<LogRow[]> {
  const rows = await db
    .selectFrom('observation_log')
    .select(['at', 'source', 'device_ref', 'accepted', 'duplicates', 'rejected', 'rejections'])
    .$if(filter.sensorId !== undefined, (q) => q.where('sensor_id', '=', filter.sensorId!))
    .$if(filter.deviceRef !== undefined, (q) => q.where('device_ref', '=', filter.deviceRef!))
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ at: r.at, source: r.source, deviceRef: r.device_ref, accepted: Number(r.accepted), duplicates: Number(r.duplicates), rejected: Number(r.rejected), rejections: JSON.parse(r.rejections) as Rejection[] }));
}

/** Totals of a register entry's log over its retention: entities kept and refused. */
export async function logTotals(db: Kysely<Database>, sensorId: string): Promise<{ accepted: number; rejected: number }> {
  const row = await db.selectFrom('observation_log').select((eb) => [eb.fn.sum<number>('accepted').as('accepted'), eb.fn.sum<number>('rejected').as('rejected')]).where('sensor_id', '=', sensorId).executeTakeFirst();
  return { accepted: Number(row?.accepted ?? 0), rejected: Number(row?.rejected ?? 0) };
}

/** Whether a CSV file with this hash was uploaded within the log's retention. */
export async function fileAlreadyUploaded(db: Kysely<Database>, fileHash: string): Promise<boolean> {
  return (await db.selectFrom('observation_log').select('id').where('file_hash', '=', fileHash).executeTakeFirst()) !== undefined;
}

/** Forgets log rows older than the retention. */
export async function pruneLog(db: Kysely<Database>, now = Date.now()): Promise<void> {
  await db.deleteFrom('observation_log').where('at', '<', new Date(now - LOG_RETENTION_DAYS * 86_400_000).toISOString()).execute();
}
