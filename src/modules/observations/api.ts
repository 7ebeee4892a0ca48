import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { hitRateLimit, type RateRule } from '../../platform/rate-limit.ts';
import { ingestCsv } from './csv-upload.ts';
import { deviceByToken, devicesByRef, type BoundDevice } from './devices.ts';
import { ingestEntities, pruneExpired } from './ingest.ts';
import { observationTypes } from './models.ts';
import { publishedAggregates } from './publish.ts';

const apiError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });
const aggregate = z
  .object({
    area: z.string().nullable().openapi({ description: 'Neighbourhood slug (null when the device has none)' }),
    device: z.string().nullable().openapi({ description: 'Register id of the sensor; null for the neighbourhood’s aggregate of all its devices' }),
    period: z.enum(['hour', 'day']),
    start: z.string().openapi({ description: 'Start of the period, ISO 8601, UTC' }),
    measure: z.string().openapi({ description: 'pm25, pm10, no2, o3, aqi, laeq, lamax, intensity, speed, occupancy, people, parking' }),
    count: z.number().int().openapi({ description: 'Observations folded in' }),
    mean: z.number().nullable().openapi({ description: 'Energetic mean for dB measures; null when people counts fall under the small-count rule' }),
    min: z.number().nullable(),
    max: z.number().nullable(),
    fewerThan: z.number().int().optional().openapi({ description: 'Present when figures were withheld: fewer than this many people counted' }),
  })
  .openapi('ObservationAggregate');
const rejection = z.object({ id: z.string(), reason: z.string(), detail: z.string(), line: z.number().int().optional().openapi({ description: 'CSV line (uploads only)' }) });
const ingestAnswer = z.object({ accepted: z.number().int(), duplicates: z.number().int(), rejected: z.array(rejection) });
// Orion-LD's notification: the entities of a subscription in `data`, normalized or key-values.
const notification = z.looseObject({ data: z.array(z.unknown()).max(5000).openapi({ description: 'NGSI-LD entities (at most 5,000 per notification)' }) }).openapi('NgsiLdNotification');
const DAY_MS = 86_400_000;
/** How long back the list reaches by default: two days of hours, a month of days. */
const defaultSpan = { hour: 2 * DAY_MS, day: 31 * DAY_MS };

const routes = {
  list: createRoute({
    method: 'get',
    path: '/observations',
    summary: 'Aggregates of what the city’s registered sensors measured, per neighbourhood and per device',
    request: {
      query: z.object({
        type: z.enum(observationTypes),
        period: z.enum(['hour', 'day']).default('hour'),
        since: z.iso.datetime().optional().openapi({ description: 'Earliest period start (default: 48 hours back for hours, 31 days for days)' }),
        area: z.string().max(100).optional().openapi({ description: 'Neighbourhood slug' }),
      }),
    },
    responses: { 200: { description: 'Aggregates only: no raw observation is kept', content: { 'application/json': { schema: z.object({ observations: z.array(aggregate) }) } } }, 400: { description: 'Invalid query', content: { 'application/json': { schema: apiError } } } },
  }),
  notify: createRoute({
    method: 'post',
    path: '/observations/ngsi-ld',
    summary: 'NGSI-LD notification endpoint for a registered device (an Orion-LD subscription’s `notification.endpoint`)',
    security: [{ deviceToken: [] }],
    request: { body: { content: { 'application/json': { schema: notification } }, required: true } },
    responses: {
      200: { description: 'Entities kept and entities refused, with the reason', content: { 'application/json': { schema: ingestAnswer } } },
      400: { description: 'Not a notification', content: { 'application/json': { schema: apiError } } },
      401: { description: 'No valid device token', content: { 'application/json': { schema: apiError } } },
      429: { description: 'Too many notifications from this device; see Retry-After', content: { 'application/json': { schema: apiError } } },
    },
  }),
  csv: createRoute({
    method: 'post',
    path: '/observations/csv',
    summary: 'Batch upload of a registered device’s observations as CSV (header id,type,refDevice,dateObserved then attribute names, e.g. NO2,PM2.5)',
    description: 'Each row is checked like a notification’s entity; bad rows are refused with their line and reason, the others kept. At most 50,000 rows and 5 MB; the same file twice is refused. Rows may be older than 48 hours.',
    security: [{ deviceToken: [] }],
    request: { body: { content: { 'text/csv': { schema: z.string() } }, required: true } },
    responses: {
      200: { description: 'Rows kept and rows refused, with line and reason', content: { 'application/json': { schema: ingestAnswer } } },
      401: { description: 'No valid device token', content: { 'application/json': { schema: apiError } } },
      422: { description: 'The whole file was refused (too large, too many rows, bad header, already uploaded)', content: { 'application/json': { schema: apiError } } },
      429: { description: 'Too many uploads from this device; see Retry-After', content: { 'application/json': { schema: apiError } } },
    },
  }),
};

// A device may notify ten times a second on average over a minute; Orion-LD batches its entities anyway.
export const deviceRule: RateRule = { name: 'observations-device', limit: 600, windowSeconds: 60 };
const PRUNE_EVERY_MS = 10 * 60_000;
let lastPrune = 0;

const errorBody = (c: Context<AppEnv>, code: string, key: string) => ({ error: { code, message: c.var.t(key), fields: {} } });

/** Registers the observations' routes of the public API. */
export function registerObservationsApi(api: OpenAPIHono<AppEnv>): void {
  api.openAPIRegistry.registerComponent('securitySchemes', 'deviceToken', { type: 'http', scheme: 'bearer', description: 'The ingestion token of one registered device, shown once when staff bind it' });
  api.openapi(routes.list, async (c) => {
    const { type, period, since, area } = c.req.valid('query');
    const from = since ?? new Date(Date.now() - defaultSpan[period]).toISOString();
    return c.json({ observations: await publishedAggregates(c.var.deps, { model: type, period, since: from, area }) }, 200);
  });
  api.openapi(routes.notify, async (c) => {
    const { db } = c.var.deps;
    const device = await deviceOfToken(c);
    if (device instanceof Response) return device as never;
    // The device's rate limit is counted inside the ingestion's own transaction (one write transaction per notification).
    const admit = async (trx: typeof db) => {
      const turn = await hitRateLimit(trx, deviceRule, device.device.id);
      if (!turn.allowed) throw new Flooding(turn.retryAfter);
    };
    try {
      const result = await ingestEntities(db, c.req.valid('json').data, { tokenDevice: device, byRef: (refs) => devicesByRef(db, refs) }, Date.now(), admit);
      await pruneNowAndThen(db);
      return c.json(result, 200);
    } catch (error) {
      if (error instanceof Flooding) return floodAnswer(c, error.retryAfter) as never;
      throw error;
    }
  });
  api.openapi(routes.csv, async (c) => {
    const { db } = c.var.deps;
    const device = await admittedDevice(c);
    if (device instanceof Response) return device as never;
    const upload = await ingestCsv(db, await c.req.text(), { tokenDevice: device, byRef: (refs) => devicesByRef(db, refs) });
    if (!upload.ok) return c.json({ error: { code: upload.refusal.code, message: upload.refusal.message, fields: {} } }, 422);
    await pruneNowAndThen(db);
    return c.json(upload.result, 200);
  });
}

/** A device over its rate limit: thrown inside the ingestion's transaction, which then writes nothing. */
class Flooding extends Error {
  constructor(readonly retryAfter: number) {
    super('rate limited');
  }
}

const floodAnswer = (c: Context<AppEnv>, retryAfter: number) => {
  c.header('Retry-After', String(retryAfter));
  return c.json(errorBody(c, 'rate_limited', 'observations.api.rateLimited'), 429);
};

/** The device of the request's bearer token, or the 401 answer when it has none. */
async function deviceOfToken(c: Context<AppEnv>): Promise<BoundDevice | Response> {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const device = token ? await deviceByToken(c.var.deps.db, token) : null;
  if (device) return device;
  c.header('WWW-Authenticate', 'Bearer realm="cocity observations"');
  return c.json(errorBody(c, 'unauthorized', 'observations.api.unauthorized'), 401);
}

/** The device of the request's bearer token, or the 401/429 answer when it has none or floods. */
async function admittedDevice(c: Context<AppEnv>): Promise<BoundDevice | Response> {
  const device = await deviceOfToken(c);
  if (device instanceof Response) return device;
  const turn = await hitRateLimit(c.var.deps.db, deviceRule, device.device.id);
  return turn.allowed ? device : floodAnswer(c, turn.retryAfter);
}

async function pruneNowAndThen(db: AppEnv['Variables']['deps']['db']): Promise<void> {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  await pruneExpired(db);
}
