import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { algorithmJson, algorithmTextFields, sensorJson } from './export.ts';
import { findAlgorithm, findSensor, listAlgorithms, listSensors, loadLookups } from './queries.ts';

const text = z.object({ fr: z.string(), en: z.string().nullable() });
const term = z.object({ id: z.string().openapi({ description: 'DTPR element id' }), name: z.object({ fr: z.string(), en: z.string() }) }).openapi('DtprTerm');
const department = z.object({ id: z.string(), name: text, organisation: z.string() }).openapi('RegisterDepartment');
const apiError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });

const sensor = z
  .object({
    id: z.string(),
    url: z.string(),
    name: text,
    description: z.string(),
    status: z.string().openapi({ description: 'planned, active, suspended or retired' }),
    department,
    purposes: z.array(term),
    purposeDetail: z.string(),
    textLanguage: z.string(),
    technologies: z.array(term),
    detects: z.string(),
    dataTypes: z.array(term),
    personalData: z.boolean().openapi({ description: 'Collects personal or identifiable data' }),
    processing: z.array(term),
    storage: z.array(term),
    access: z.array(term),
    retention: z.object({ term: z.string().nullable().openapi({ description: 'data_retained or no_data_retained (DTPR)' }), days: z.number().int().nullable() }),
    location: z.object({ address: z.string(), neighbourhood: z.object({ slug: z.string(), name: text }).nullable(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
    vendor: z.string(),
    approvalUrl: z.string(),
    installedOn: z.string().nullable(),
    retiredOn: z.string().nullable(),
    reviewOn: z.string().nullable(),
    processUrl: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Sensor', { description: 'A device or data source in public space, described with the DTPR device questions.' });

const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const algorithm = z
  .object({
    id: z.string(),
    url: z.string(),
    name: text,
    ...Object.fromEntries(algorithmTextFields.map((f) => [camel(f), z.string()])),
    department,
    usesPersonalData: z.boolean(),
    decisionTypes: z.array(term),
    reviewOn: z.string().nullable(),
    processUrl: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Algorithm', { description: 'An algorithmic system, with the fields of the Eurocities Algorithmic Transparency Standard v0.3.1 and the DTPR level of autonomy (`autonomy`).' });

const idParam = z.object({ id: z.string().min(1).max(64).openapi({ param: { name: 'id', in: 'path' } }) });
const notFoundResponse = { description: 'No entry has this id', content: { 'application/json': { schema: apiError } } };

const routes = {
  sensors: createRoute({ method: 'get', path: '/registers/sensors', summary: 'Register of sensors and data sources', responses: { 200: { description: 'Every entry, by name', content: { 'application/json': { schema: z.object({ sensors: z.array(sensor) }) } } } } }),
  sensor: createRoute({ method: 'get', path: '/registers/sensors/{id}', summary: 'One sensor or data source', request: { params: idParam }, responses: { 200: { description: 'The entry', content: { 'application/json': { schema: sensor } } }, 404: notFoundResponse } }),
  algorithms: createRoute({ method: 'get', path: '/registers/algorithms', summary: 'Register of algorithmic systems', responses: { 200: { description: 'Every entry, by name', content: { 'application/json': { schema: z.object({ algorithms: z.array(algorithm) }) } } } } }),
  algorithm: createRoute({ method: 'get', path: '/registers/algorithms/{id}', summary: 'One algorithmic system', request: { params: idParam }, responses: { 200: { description: 'The entry', content: { 'application/json': { schema: algorithm } } }, 404: notFoundResponse } }),
};

/** Registers the registers' routes of the public API. */
export function registerRegistersApi(api: OpenAPIHono<AppEnv>): void {
  const missing = (c: { var: AppEnv['Variables'] }) => ({ error: { code: 'not_found', message: c.var.t('error.404'), fields: {} } });
  api.openapi(routes.sensors, async (c) => {
    const { db, config } = c.var.deps;
    const [rows, lookups] = await Promise.all([listSensors(db), loadLookups(db)]);
    return c.json({ sensors: rows.map((r) => sensorJson(r, lookups, config.baseUrl)) }, 200);
  });
  api.openapi(routes.sensor, async (c) => {
    const { db, config } = c.var.deps;
    const row = await findSensor(db, c.req.valid('param').id);
    if (!row) return c.json(missing(c), 404);
    return c.json(sensorJson(row, await loadLookups(db), config.baseUrl), 200);
  });
  api.openapi(routes.algorithms, async (c) => {
    const { db, config } = c.var.deps;
    const [rows, lookups] = await Promise.all([listAlgorithms(db), loadLookups(db)]);
    return c.json({ algorithms: rows.map((r) => algorithmJson(r, lookups, config.baseUrl)) }, 200);
  });
  api.openapi(routes.algorithm, async (c) => {
    const { db, config } = c.var.deps;
    const row = await findAlgorithm(db, c.req.valid('param').id);
    if (!row) return c.json(missing(c), 404);
    return c.json(algorithmJson(row, await loadLookups(db), config.baseUrl), 200);
  });
}
