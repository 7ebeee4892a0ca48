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
 * The attributes by short name when the notification used expanded names (full URIs), or null for compact
 * names: Orion-LD sends compact names when the subscription gives a context, so the common case reads plain
 * properties and allocates nothing.
 */
function expandedAttributes(entity: Record<string, unknown>): Map<string, unknown> | null {
  for (const key in entity) {
    if (key.includes('/') || key.includes('#')) return new Map(Object.keys(entity).map((k) => [shortName(k), entity[k]]));
  }
  return null;
}

const isNormalized = (raw: unknown): raw is Record<string, unknown> => isRecord(raw) && ('value' in raw || 'object' in raw);

/** A property's value in either representation (normalized `{type, value}` or key-values). */
function valueOf(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const value = 'value' in raw ? raw.value : 'object' in raw ? raw.object : raw;
  return isRecord(value) && '@value' in value ? value['@value'] : value;
}

/** A normalized property's unit code or own time (`unitCode`, `observedAt`); a key-values one has none. */
function metaOf(raw: unknown, name: 'unitCode' | 'observedAt'): string | undefined {
  return isNormalized(raw) && typeof raw[name] === 'string' ? raw[name] : undefined;
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
  const expanded = expandedAttributes(entity);
  const attribute = (name: string) => (expanded ? expanded.get(name) : entity[name]);
  const device = valueOf(attribute('refDevice'));
  const refDevice = typeof device === 'string' && device !== '' ? device : Array.isArray(device) && typeof device[0] === 'string' ? device[0] : null;

  const values: ParsedObservation['values'] = [];
  const stated = valueOf(attribute('dateObserved') ?? attribute('observedAt'));
  let time = typeof stated === 'string' ? stated : undefined;
  for (const measure of models[type].measures) {
    const raw = attribute(measure.attribute);
    if (raw === undefined) continue;
    if (time === undefined) time = metaOf(raw, 'observedAt') || undefined;
    let value = valueOf(raw);
    if (type === 'ParkingSpot') {
      if (value !== 'free' && value !== 'occupied') return reject(id, 'invalid_value', `status must be "free" or "occupied" to count (got "${String(value)}").`);
      value = value === 'occupied' ? 1 : 0;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return reject(id, 'invalid_value', `${measure.attribute} must be a number (got ${JSON.stringify(value)}).`);
    const unitCode = metaOf(raw, 'unitCode');
    if (unitCode !== undefined && unitCode !== measure.unitCode) return reject(id, 'wrong_unit', `${measure.attribute} must be in ${measure.unitCode ?? 'no unit'} (${measure.unit || 'a plain number'}), not ${unitCode}.`);
    if (value < measure.min || value > measure.max) return reject(id, 'out_of_range', `${measure.attribute} = ${value} is outside the plausible range ${measure.min}–${measure.max}${measure.unit ? ` ${measure.unit}` : ''}.`);
    values.push({ key: measure.key, value });
  }
  if (values.length === 0) return reject(id, 'no_measure', `No measure of ${type} (${models[type].measures.map((x) => x.attribute).join(', ')}).`);
  if (time === undefined) return reject(id, 'no_time', 'dateObserved (or observedAt) is missing.');
  const observedAt = Date.parse(time);
  if (!Number.isFinite(observedAt) || !/^\d{4}-\d\d-\d\dT/.test(time)) return reject(id, 'invalid_time', `"${time}" is not an ISO 8601 date and time.`);
  if (observedAt > now + FUTURE_TOLERANCE_MS) return reject(id, 'future_time', `${time} is in the future.`);
  return { ok: true, observation: { id, type, refDevice, observedAt, values } };
}
