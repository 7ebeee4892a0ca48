import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { hitRateLimit } from '../../platform/rate-limit.ts';
import { deviceRule } from './api.ts';
import { createDevice } from './devices.ts';
import { airEntity, insertSensor, notification } from './test-fixtures.ts';

let ctx: TestContext;
let airToken: string;
let noiseToken: string;
const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - 3_600_000);
const at = (minutes: number) => new Date(hour.getTime() + minutes * 60_000).toISOString();

beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  await db.insertInto('neighbourhood').values([{ id: 'hood-port', slug: 'port', name_fr: 'Le Port', name_en: 'The Harbour', position: 0 }, { id: 'hood-gare', slug: 'gare', name_fr: 'La Gare', name_en: 'Station', position: 1 }]).execute();
  await insertSensor(db, 'air-1', { technologies: ['air_quality'], neighbourhoodId: 'hood-port' });
  await insertSensor(db, 'noise-1', { technologies: ['sound_level_meter'], neighbourhoodId: 'hood-port' });
  await insertSensor(db, 'planned-1', { status: 'planned', technologies: ['air_quality'], neighbourhoodId: 'hood-gare' });
  await insertSensor(db, 'crowd-1', { technologies: ['person_detection'], neighbourhoodId: 'hood-gare' });
  airToken = (await createDevice(db, { sensorId: 'air-1', deviceRef: 'urn:ngsi-ld:Device:air-1', createdBy: null })).token;
  noiseToken = (await createDevice(db, { sensorId: 'noise-1', deviceRef: 'urn:ngsi-ld:Device:noise-1', createdBy: null })).token;
  await createDevice(db, { sensorId: 'planned-1', deviceRef: 'urn:ngsi-ld:Device:planned-1', createdBy: null });
});
afterAll(() => ctx.close());

const notify = (token: string | null, body: unknown) =>
  ctx.app.request('http://localhost:3000/api/v1/observations/ngsi-ld', { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
const hourly = async (type: string) => ((await (await ctx.app.request(`http://localhost:3000/api/v1/observations?type=${type}&period=hour`)).json()) as { observations: Record<string, unknown>[] }).observations;

describe('NGSI-LD notification endpoint', () => {
  it('answers 401 without a valid device token, and keeps nothing', async () => {
    const body = notification([airEntity('urn:ngsi-ld:AirQualityObserved:x', 'urn:ngsi-ld:Device:air-1', at(1), { NO2: 20 })]);
    expect((await notify(null, body)).status).toBe(401);
    const wrong = await notify('cobs_not-a-token', body);
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect(await hourly('AirQualityObserved')).toEqual([]);
  });

  it('keeps valid entities in either representation, rejects bad ones with their reason, and folds into neighbourhood and device aggregates', async () => {
    const res = await notify(airToken, notification([
      airEntity('urn:ngsi-ld:AirQualityObserved:a', 'urn:ngsi-ld:Device:air-1', at(5), { NO2: 20, 'PM2.5': 8 }),
      { id: 'urn:ngsi-ld:AirQualityObserved:a', type: 'AirQualityObserved', dateObserved: at(15), refDevice: 'urn:ngsi-ld:Device:air-1', NO2: 30, 'PM2.5': 12 },
      airEntity('urn:ngsi-ld:AirQualityObserved:bad-range', 'urn:ngsi-ld:Device:air-1', at(20), { 'PM2.5': -3 }),
      airEntity('urn:ngsi-ld:AirQualityObserved:bad-unit', 'urn:ngsi-ld:Device:air-1', at(20), { NO2: 20 }, 'GP'),
      airEntity('urn:ngsi-ld:AirQualityObserved:future', 'urn:ngsi-ld:Device:air-1', new Date(Date.now() + 3_600_000).toISOString(), { NO2: 20 }),
    ]));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { accepted: number; rejected: { id: string; reason: string }[] };
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r) => [r.id.split(':').pop(), r.reason])).toEqual([['bad-range', 'out_of_range'], ['bad-unit', 'wrong_unit'], ['future', 'future_time']]);
    const rows = await hourly('AirQualityObserved');
    expect(rows).toContainEqual({ area: 'port', device: null, period: 'hour', start: hour.toISOString(), measure: 'no2', count: 2, mean: 25, min: 20, max: 30 });
    expect(rows).toContainEqual({ area: 'port', device: 'air-1', period: 'hour', start: hour.toISOString(), measure: 'pm25', count: 2, mean: 10, min: 8, max: 12 });
  });

  it('counts the same notification once when it is sent again', async () => {
    const body = notification([airEntity('urn:ngsi-ld:AirQualityObserved:b', 'urn:ngsi-ld:Device:air-1', at(30), { NO2: 40 })]);
    expect(((await (await notify(airToken, body)).json()) as { accepted: number }).accepted).toBe(1);
    const retry = (await (await notify(airToken, body)).json()) as { accepted: number; duplicates: number };
    expect(retry.duplicates).toBe(1);
    const no2 = (await hourly('AirQualityObserved')).find((r) => r.measure === 'no2' && r.device === null);
    expect(no2).toMatchObject({ count: 3, mean: 30 });
  });

  it('averages noise levels by energy, not arithmetically', async () => {
    const entity = (id: string, minute: number, level: number) => ({ id, type: 'NoiseLevelObserved', dateObserved: at(minute), LAeq: level });
    await notify(noiseToken, notification([entity('urn:n:1', 1, 60), entity('urn:n:2', 2, 70)]));
    const laeq = (await hourly('NoiseLevelObserved')).find((r) => r.measure === 'laeq' && r.device === null);
    expect(laeq).toMatchObject({ count: 2, mean: 67.4, min: 60, max: 70 });
  });

  it('refuses devices that are not active in the register or not bound to the token, and counts them on the register dashboard', async () => {
    const res = await notify(airToken, notification([
      airEntity('urn:ngsi-ld:AirQualityObserved:c', 'urn:ngsi-ld:Device:unknown', at(40), { NO2: 20 }),
      airEntity('urn:ngsi-ld:AirQualityObserved:d', 'urn:ngsi-ld:Device:planned-1', at(40), { NO2: 20 }),
      airEntity('urn:ngsi-ld:AirQualityObserved:e', 'urn:ngsi-ld:Device:noise-1', at(40), { NO2: 20 }),
      { id: 'urn:n:3', type: 'NoiseLevelObserved', dateObserved: at(40), LAeq: 50 },
    ]));
    const body = (await res.json()) as { accepted: number; rejected: { reason: string }[] };
    expect(body.accepted).toBe(0);
    expect(body.rejected.map((r) => r.reason)).toEqual(['device_not_in_register', 'device_not_active', 'data_type_not_declared', 'data_type_not_declared']);
    const page = await (await ctx.client().get('/registers/dashboard')).text();
    expect(page).toMatch(/id="stat-refused"><p><strong>4<\/strong>/);
  });

  it('answers 429 with Retry-After when a device floods', async () => {
    const flood = await createDevice(ctx.deps.db, { sensorId: 'crowd-1', deviceRef: 'urn:ngsi-ld:Device:crowd-flood', createdBy: null });
    const id = (await ctx.deps.db.selectFrom('observation_device').select('id').where('device_ref', '=', 'urn:ngsi-ld:Device:crowd-flood').executeTakeFirstOrThrow()).id;
    for (let i = 0; i < deviceRule.limit; i += 1) await hitRateLimit(ctx.deps.db, deviceRule, id);
    const res = await notify(flood.token, notification([]));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('people counts', () => {
  it('withholds the figures of a period where fewer people than the threshold were counted', async () => {
    const { token } = await createDevice(ctx.deps.db, { sensorId: 'crowd-1', deviceRef: 'urn:ngsi-ld:Device:crowd-1', createdBy: null });
    await notify(token, notification([{ id: 'urn:c:1', type: 'CrowdFlowObserved', dateObserved: at(10), peopleCount: 1 }, { id: 'urn:c:2', type: 'CrowdFlowObserved', dateObserved: at(20), peopleCount: 2 }]));
    const rows = await hourly('CrowdFlowObserved');
    expect(rows.find((r) => r.device === null)).toMatchObject({ area: 'gare', count: 2, mean: null, min: null, max: null, fewerThan: 5 });
    await notify(token, notification([{ id: 'urn:c:3', type: 'CrowdFlowObserved', dateObserved: at(30), peopleCount: 30 }]));
    expect((await hourly('CrowdFlowObserved')).find((r) => r.device === null)).toMatchObject({ count: 3, mean: 11, min: 1, max: 30 });
  });
});
