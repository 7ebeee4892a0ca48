import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createDevice } from './devices.ts';
import { insertSensor } from './test-fixtures.ts';

let ctx: TestContext;
let token: string;
const HOUR_MS = 3_600_000;
// Three days back: older than the notification endpoint's 48 hours, which an upload may be.
const base = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 72 * HOUR_MS;
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();

beforeAll(async () => {
  ctx = await createTestContext();
  await insertSensor(ctx.deps.db, 'air-csv', { technologies: ['air_quality'], neighbourhoodId: null });
  await insertSensor(ctx.deps.db, 'air-other', { technologies: ['air_quality'], neighbourhoodId: null });
  token = (await createDevice(ctx.deps.db, { sensorId: 'air-csv', deviceRef: 'urn:ngsi-ld:Device:air-csv', createdBy: null })).token;
  await createDevice(ctx.deps.db, { sensorId: 'air-other', deviceRef: 'urn:ngsi-ld:Device:air-other', createdBy: null });
});
afterAll(() => ctx.close());

const upload = (text: string, bearer: string | null = token) => ctx.app.request('http://localhost:3000/api/v1/observations/csv', { method: 'POST', headers: { 'content-type': 'text/csv', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }, body: text });
const header = 'id,type,refDevice,dateObserved,NO2,PM2.5';
const csv = [
  header,
  `urn:a:1,AirQualityObserved,urn:ngsi-ld:Device:air-csv,${at(5)},20,8`,
  `urn:a:1,AirQualityObserved,,${at(15)},30,`,
  `urn:a:2,AirQualityObserved,urn:ngsi-ld:Device:air-csv,${at(20)},-4,8`,
  `urn:a:3,AirQualityObserved,urn:ngsi-ld:Device:air-csv,yesterday,20,8`,
  `urn:a:4,AirQualityObserved,urn:ngsi-ld:Device:air-other,${at(25)},20,8`,
  `urn:a:5,AirQualityObserved,urn:ngsi-ld:Device:air-csv,${at(30)},"1,5",8`,
].join('\n');

it('keeps the good rows of an upload and refuses the others with their line and reason', async () => {
  const res = await upload(csv);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { accepted: number; rejected: { line: number; reason: string }[] };
  expect(body.accepted).toBe(2);
  expect(body.rejected.map((r) => [r.line, r.reason])).toEqual([[4, 'out_of_range'], [5, 'invalid_time'], [7, 'invalid_value'], [6, 'device_mismatch']]);
  const hour = await ctx.deps.db.selectFrom('observation_aggregate').selectAll().where('sensor_id', '=', 'air-csv').where('measure', '=', 'no2').where('period', '=', 'hour').execute();
  expect(hour.map((r) => [r.start, Number(r.count), Number(r.sum)])).toEqual([[new Date(base).toISOString(), 2, 50]]);
});

it('refuses a whole file that was already uploaded, has a bad header or is not authorised, and keeps nothing of it', async () => {
  const again = await upload(csv);
  expect(again.status).toBe(422);
  expect(((await again.json()) as { error: { code: string } }).error.code).toBe('already_uploaded');
  const bad = await upload(`id,type,dateObserved,NO3\nurn:a:9,AirQualityObserved,${at(40)},3`);
  expect(bad.status).toBe(422);
  expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Line 1: column "NO3"');
  expect((await upload(csv.replace('20,8', '21,8'), null)).status).toBe(401);
  const count = await ctx.deps.db.selectFrom('observation_aggregate').select('count').where('sensor_id', '=', 'air-csv').where('measure', '=', 'no2').where('period', '=', 'day').executeTakeFirstOrThrow();
  expect(Number(count.count)).toBe(2);
});

it('lets staff upload a file for several devices and shows each device’s ingestion log, refusals with their line', async () => {
  const admin = await ctx.createUser({ role: 'admin' });
  const client = await ctx.client().signInAs(ctx, admin);
  const file = [header, `urn:b:1,AirQualityObserved,urn:ngsi-ld:Device:air-other,${at(50)},12,4`, `urn:b:2,AirQualityObserved,urn:ngsi-ld:Device:air-csv,${at(50)},12,4000`, `urn:b:3,AirQualityObserved,urn:ngsi-ld:Device:nowhere,${at(50)},12,4`].join('\n');
  const form = new FormData();
  form.set('file', new File([file], 'week.csv', { type: 'text/csv' }));
  const page = await client.postMultipart('/admin/observations/upload', form);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('1 mesures gardées, 0 déjà comptées, 2 lignes refusées');
  expect(html).toContain('ligne 3');
  const empty = await client.postMultipart('/admin/observations/upload', new FormData());
  expect(empty.status).toBe(400);
  const device = await ctx.deps.db.selectFrom('observation_device').select('id').where('device_ref', '=', 'urn:ngsi-ld:Device:air-csv').executeTakeFirstOrThrow();
  const log = await (await client.get(`/admin/observations/devices/${device.id}?lang=en`)).text();
  expect(log).toContain('line 3');
  expect(log).toContain('Value outside the plausible range');
  expect(log).toContain('line 6');
  const refused = await ctx.deps.db.selectFrom('observation_log').select(['device_ref', 'rejected']).where('device_ref', '=', 'urn:ngsi-ld:Device:nowhere').execute();
  expect(refused).toEqual([{ device_ref: 'urn:ngsi-ld:Device:nowhere', rejected: 1 }]);
});
