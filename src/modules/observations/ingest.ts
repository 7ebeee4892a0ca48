import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { BoundDevice } from './devices.ts';
import { foldObservations, type AggregateCell } from './fold.ts';
import { models } from './models.ts';
import { parseEntity, type ParsedObservation, type Rejection } from './parse-entity.ts';
import { forgetSightings, groupSightings, keepFirstSightings } from './seen.ts';
import { retentionCutoffs } from './queries.ts';
import { pruneLog, writeIngestionLog, type LogEntry } from './log.ts';

/** What an ingestion answers: how many entities were kept (duplicates included: they were kept once already) and why the others were not. */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

/** How the entities' devices are found: the token's own device, or any device by its URN (batch uploads by staff). */
export interface DeviceSource {
  tokenDevice: BoundDevice | null;
  byRef: (refs: string[]) => Promise<Map<string, BoundDevice>>;
}

// Idempotency keys are kept this long; an entity observed earlier is refused, so a retry can never count twice.
export const ACCEPTANCE_WINDOW_MS = 48 * 3_600_000;
// 200 cells × 11 parameters stays under both databases' limits.
const CELLS_PER_QUERY = 200;

const parse = (text: string): string[] => {
  try {
    const v = JSON.parse(text || '[]');
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
};

/** Why a register entry may not send this model, or null when it may. */
function registerRefusal(found: BoundDevice | undefined, observation: ParsedObservation): { reason: string; detail: string } | null {
  if (!found) return { reason: 'device_not_in_register', detail: `Device ${observation.refDevice ?? '(none)'} is not declared in the public register.` };
  if (found.device.revoked_at) return { reason: 'device_revoked', detail: 'This device’s ingestion token was revoked.' };
  if (found.sensor.status !== 'active') return { reason: 'device_not_active', detail: `The register entry of this device is "${found.sensor.status}", not active.` };
  const spec = models[observation.type];
  const tech = parse(found.sensor.technologies);
  const types = parse(found.sensor.data_types);
  if (!spec.technologies.some((t) => tech.includes(t)) || !spec.dataTypes.some((t) => types.includes(t))) {
    return { reason: 'data_type_not_declared', detail: `The register entry does not declare what ${observation.type} needs (technology ${spec.technologies.join(' or ')}, data ${spec.dataTypes.join(' or ')}).` };
  }
  return null;
}

/**
 * Checks every entity, refuses what the register does not allow, and folds the rest into aggregates in one
 * transaction: either every accepted entity counts, once, or none does (a crash mid-batch loses nothing acknowledged).
 */
export async function ingestEntities(db: Kysely<Database>, entities: readonly unknown[], source: DeviceSource, now = Date.now(), admit?: Admission): Promise<IngestResult> {
  const rejected: Rejection[] = [];
  const parsed: ParsedObservation[] = [];
  for (const entity of entities) {
    const outcome = parseEntity(entity, now);
    if (!outcome.ok) rejected.push(outcome.rejection);
    else if (outcome.observation.observedAt < now - ACCEPTANCE_WINDOW_MS) rejected.push({ id: outcome.observation.id, reason: 'too_old', detail: 'Observed more than 48 hours ago: upload older data as a CSV batch.' });
    else parsed.push(outcome.observation);
  }
  return storeObservations(db, parsed, rejected, source, now, undefined, admit);
}

/** Where an ingestion's log rows come from: the channel, an uploaded file's hash, and the device a parse refusal belongs to (CSV rows name it). */
export interface LogOptions {
  source: 'ngsi-ld' | 'csv';
  fileHash: string | null;
  refOf: (rejection: Rejection) => string | null;
}

/** One log entry per device: its entities kept, counted twice and refused. */
function logEntries(accepted: { observation: ParsedObservation; found: BoundDevice }[], fresh: Set<ParsedObservation>, rejected: Rejection[], deviceOf: (r: Rejection) => { ref: string; sensorId: string | null }): LogEntry[] {
  const entries = new Map<string, LogEntry>();
  const entry = (deviceRef: string, sensorId: string | null) => {
    let e = entries.get(deviceRef);
    if (!e) entries.set(deviceRef, (e = { deviceRef, sensorId, accepted: 0, duplicates: 0, rejections: [] }));
    e.sensorId ??= sensorId;
    return e;
  };
  for (const { observation, found } of accepted) {
    const e = entry(found.device.device_ref, found.sensor.id);
    e.accepted += 1;
    if (!fresh.has(observation)) e.duplicates += 1;
  }
  for (const r of rejected) {
    const { ref, sensorId } = deviceOf(r);
    entry(ref, sensorId).rejections.push(r);
  }
  return [...entries.values()];
}

/**
 * What runs first inside the write transaction (the device's rate limit), so a notification costs one
 * transaction, not two; it throws to refuse, and the transaction then writes nothing.
 */
export type Admission = (trx: Kysely<Database>) => Promise<void>;

/** Register checks, idempotency and the fold for observations already parsed (shared by NGSI-LD and CSV). */
export async function storeObservations(db: Kysely<Database>, parsed: ParsedObservation[], rejected: Rejection[], source: DeviceSource, now = Date.now(), log: LogOptions = { source: 'ngsi-ld', fileHash: null, refOf: () => null }, admit?: Admission): Promise<IngestResult> {
  const own = source.tokenDevice;
  const otherRefs = [...new Set(parsed.map((o) => o.refDevice).filter((r): r is string => r !== null && r !== own?.device.device_ref))];
  const known = await source.byRef(otherRefs);
  const accepted: { observation: ParsedObservation; found: BoundDevice }[] = [];
  const refusals = new Map<string, number>();
  const registerRefusals = new Map<Rejection, { ref: string; sensorId: string | null }>();
  for (const observation of parsed) {
    const ref = observation.refDevice ?? own?.device.device_ref ?? null;
    let found = ref === own?.device.device_ref ? own ?? undefined : ref ? known.get(ref) : undefined;
    let refusal = registerRefusal(found, observation);
    // A token speaks for its own device only: another registered device's entities need that device's token.
    if (!refusal && own && found !== own) refusal = { reason: 'device_mismatch', detail: `This token belongs to ${own.device.device_ref}, not ${ref}.` };
    if (refusal) {
      const rejection = { id: observation.id, ...refusal, ...(observation.line ? { line: observation.line } : {}) };
      rejected.push(rejection);
      // A token's sender sees its mistakes in its own log; other refusals go to the device the entity named.
      registerRefusals.set(rejection, refusal.reason === 'device_mismatch' && own ? { ref: own.device.device_ref, sensorId: own.sensor.id } : { ref: ref ?? '', sensorId: found?.sensor.id ?? null });
      const bucket = `${refusal.reason}\u0000${(ref ?? '').slice(0, 256)}`;
      refusals.set(bucket, (refusals.get(bucket) ?? 0) + 1);
      found = undefined;
    } else accepted.push({ observation, found: found! });
  }
  // Keys, grouping and the fold are pure work, done before the write lock is taken: on SQLite every other
  // server process waits for it, so the transaction holds only the statements.
  const items = accepted.map(({ observation, found }) => ({ observation, sensorId: found.sensor.id, neighbourhoodId: found.sensor.neighbourhood_id }));
  const groups = groupSightings(items);
  const foldedAll = foldObservations(items);
  const day = new Date(now).toISOString().slice(0, 10);
  const deviceOf = (r: Rejection) => registerRefusals.get(r) ?? { ref: log.refOf(r) ?? own?.device.device_ref ?? '', sensorId: log.refOf(r) === null ? (own?.sensor.id ?? null) : null };
  return db.transaction().execute(async (trx) => {
    await admit?.(trx);
    const kept = await keepFirstSightings(trx, groups, now);
    // Duplicates are rare (a retry): only then is the fold done again without them.
    await upsertCells(trx, kept.length === items.length ? foldedAll : foldObservations(kept));
    await writeIngestionLog(trx, log.source, logEntries(accepted, new Set(kept.map((k) => k.observation)), rejected, deviceOf), new Date(now).toISOString(), log.fileHash);
    for (const [bucket, count] of refusals) {
      const [reason, device_ref] = bucket.split('\u0000');
      await trx.insertInto('observation_refusal').values({ day, reason, device_ref, count }).onConflict((oc) => oc.columns(['day', 'reason', 'device_ref']).doUpdateSet({ count: sql`observation_refusal.count + excluded.count` })).execute();
    }
    return { accepted: accepted.length, duplicates: accepted.length - kept.length, rejected };
  });
}

const byCellKey = (a: AggregateCell, b: AggregateCell): number => {
  for (const key of ['sensorId', 'measure', 'period', 'start'] as const) if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  return 0;
};

/** Adds folded cells to the stored aggregates (count and sums add, min and max widen). */
export async function upsertCells(trx: Kysely<Database>, unordered: AggregateCell[]): Promise<void> {
  // In key order, so two batches updating the same cells on PostgreSQL lock them in the same order (no deadlock).
  const cells = unordered.sort(byCellKey);
  for (let i = 0; i < cells.length; i += CELLS_PER_QUERY) {
    const values = cells.slice(i, i + CELLS_PER_QUERY).map((c) => ({ sensor_id: c.sensorId, neighbourhood_id: c.neighbourhoodId, model: c.model, measure: c.measure, period: c.period, start: c.start, count: c.count, sum: c.sum, min: c.min, max: c.max, energy: c.energy }));
    if (values.length === 0) continue;
    await trx
      .insertInto('observation_aggregate')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['sensor_id', 'measure', 'period', 'start']).doUpdateSet({
          count: sql`observation_aggregate.count + excluded.count`,
          sum: sql`observation_aggregate.sum + excluded.sum`,
          min: sql`case when excluded.min < observation_aggregate.min then excluded.min else observation_aggregate.min end`,
          max: sql`case when excluded.max > observation_aggregate.max then excluded.max else observation_aggregate.max end`,
          energy: sql`observation_aggregate.energy + excluded.energy`,
          neighbourhood_id: sql`excluded.neighbourhood_id`,
        }),
      )
      .execute();
  }
}

/** Forgets idempotency keys older than the acceptance window and aggregates older than each register entry's declared retention. */
export async function pruneExpired(db: Kysely<Database>, now = Date.now()): Promise<void> {
  // An hour past the window: an entity observed up to five minutes "ahead" is still refused as too old before its key goes.
  await pruneLog(db, now);
  await forgetSightings(db, new Date(now - ACCEPTANCE_WINDOW_MS - 3_600_000).toISOString());
  for (const cutoff of await retentionCutoffs(db, now)) {
    await db.deleteFrom('observation_aggregate').where('sensor_id', '=', cutoff.sensorId).where('start', '<', cutoff.before).execute();
  }
}
