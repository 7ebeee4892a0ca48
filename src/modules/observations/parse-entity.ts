import { models, observationTypes, type ObservationType } from './models.ts';

/** One entity read and checked: the measures it carries, when, and from which device. */
export interface ParsedObservation {
  id: string;
  type: ObservationType;
  /** The device URN the entity names (`refDevice`), or null when it names none. */
  refDevice: string | null;
  /** Milliseconds since the epoch. */
  observedAt: number;
  values: { key: string; value: number }[];
  /** The CSV line it came from (uploads only). */
  line?: number;
}

/** Why an entity was not kept: a stable code and a sentence for the sensor team. */
export interface Rejection {
  id: string;
  reason: string;
  detail: string;
  /** The CSV line it came from (uploads only). */
  line?: number;
}

export type EntityOutcome = { ok: true; observation: ParsedObservation } | { ok: false; rejection: Rejection };

// A device clock may run a little ahead of ours; more than this and the time is wrong.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const shortName = (name: string) => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('#')) + 1);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An attribute by its short name, whether the notification used compact or expanded names. Orion-LD sends
 * compact names when the subscription gives a context, so the common case is a plain property read.
 */
function attributeReader(entity: Record<string, unknown>): (name: string) => unknown {
  const keys = Object.keys(entity);
  if (!keys.some((k) => k.includes('/') || k.includes('#'))) return (name) => entity[name];
  const byShortName = new Map(keys.map((k) => [shortName(k), entity[k]]));
  return (name) => byShortName.get(name);
}

/** A property's value in either representation (normalized `{type, value}` or key-values), with its unit code and own time. */
function propertyOf(raw: unknown): { value: unknown; unitCode?: string; observedAt?: string } {
  if (isRecord(raw) && ('value' in raw || 'object' in raw)) {
    const value = 'value' in raw ? raw.value : raw.object;
    return { value: isRecord(value) && '@value' in value ? value['@value'] : value, unitCode: typeof raw.unitCode === 'string' ? raw.unitCode : undefined, observedAt: typeof raw.observedAt === 'string' ? raw.observedAt : undefined };
  }
  return { value: isRecord(raw) && '@value' in raw ? raw['@value'] : raw };
}

function reject(id: string, reason: string, detail: string): EntityOutcome {
  return { ok: false, rejection: { id, reason, detail } };
}

/** Reads one NGSI-LD entity (normalized or key-values) and checks its type, units, ranges and time. */
export function parseEntity(entity: unknown, now = Date.now()): EntityOutcome {
  if (!isRecord(entity) || typeof entity.id !== 'string' || entity.id === '' || entity.id.length > 256) return reject(isRecord(entity) && typeof entity.id === 'string' ? entity.id.slice(0, 256) : '', 'invalid_entity', 'An entity needs an id (a URI of at most 256 characters) and a type.');
  const id = entity.id;
  const typeName = typeof entity.type === 'string' ? shortName(entity.type) : '';
  if (!(observationTypes as readonly string[]).includes(typeName)) return reject(id, 'unknown_type', `Type "${String(entity.type)}" is not one of ${observationTypes.join(', ')}.`);
  const type = typeName as ObservationType;
  const attribute = attributeReader(entity);
  const device = propertyOf(attribute('refDevice')).value;
  const refDevice = typeof device === 'string' && device !== '' ? device : Array.isArray(device) && typeof device[0] === 'string' ? device[0] : null;

  const values: ParsedObservation['values'] = [];
  const times: string[] = [];
  const stated = propertyOf(attribute('dateObserved') ?? attribute('observedAt')).value;
  if (typeof stated === 'string') times.push(stated);
  for (const measure of models[type].measures) {
    const raw = attribute(measure.attribute);
    if (raw === undefined) continue;
    const property = propertyOf(raw);
    if (property.observedAt && times.length === 0) times.push(property.observedAt);
    let value = property.value;
    if (type === 'ParkingSpot') {
      if (value !== 'free' && value !== 'occupied') return reject(id, 'invalid_value', `status must be "free" or "occupied" to count (got "${String(value)}").`);
      value = value === 'occupied' ? 1 : 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return reject(id, 'invalid_value', `${measure.attribute} must be a number (got ${JSON.stringify(value)}).`);
    if (property.unitCode !== undefined && property.unitCode !== measure.unitCode) return reject(id, 'wrong_unit', `${measure.attribute} must be in ${measure.unitCode ?? 'no unit'} (${measure.unit || 'a plain number'}), not ${property.unitCode}.`);
    if (value < measure.min || value > measure.max) return reject(id, 'out_of_range', `${measure.attribute} = ${value} is outside the plausible range ${measure.min}–${measure.max}${measure.unit ? ` ${measure.unit}` : ''}.`);
    values.push({ key: measure.key, value });
  }
  if (values.length === 0) return reject(id, 'no_measure', `No measure of ${type} (${models[type].measures.map((x) => x.attribute).join(', ')}).`);
  if (times.length === 0) return reject(id, 'no_time', 'dateObserved (or observedAt) is missing.');
  const observedAt = Date.parse(times[0]);
  if (!Number.isFinite(observedAt) || !/^\d{4}-\d\d-\d\dT/.test(times[0])) return reject(id, 'invalid_time', `"${times[0]}" is not an ISO 8601 date and time.`);
  if (observedAt > now + FUTURE_TOLERANCE_MS) return reject(id, 'future_time', `${times[0]} is in the future.`);
  return { ok: true, observation: { id, type, refDevice, observedAt, values } };
}
