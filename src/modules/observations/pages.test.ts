import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedObservations } from './seed.ts';
import { insertSensor, notification } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  await db.insertInto('neighbourhood').values([{ id: 'hood-tilleuls', slug: 'les-tilleuls', name_fr: 'Les Tilleuls', name_en: 'Les Tilleuls', position: 0 }, { id: 'hood-riviere', slug: 'bord-de-riviere', name_fr: 'Bord de rivière', name_en: 'Riverside', position: 1 }]).execute();
  await insertSensor(db, 'air-school', { technologies: ['air_quality'], neighbourhoodId: 'hood-tilleuls' });
  await insertSensor(db, 'noise-quay', { technologies: ['sound_level_meter'], neighbourhoodId: 'hood-riviere' });
  await seedObservations(db, { air: 'air-school', noise: 'noise-quay' });
});
afterAll(() => ctx.close());

describe('observation pages', () => {
  it('shows each theme with its neighbourhoods, and a month of daily means with the WHO guideline on a neighbourhood page', async () => {
    const home = await (await ctx.client().get('/observations')).text();
    expect(home).toContain('Qualité de l’air');
    expect(home).toContain('href="/observations/les-tilleuls"');
    const hood = await ctx.client().get('/observations/les-tilleuls?lang=en');
    const text = await hood.text();
    expect(hood.status).toBe(200);
    expect(text).toContain('WHO 2021');
    expect((text.match(/<tr><th scope="row">/g) ?? []).length).toBeGreaterThanOrEqual(30);
    expect((await ctx.client().get('/observations/nowhere')).status).toBe(404);
  });

  it('downloads the aggregates as CSV, JSON and NGSI-LD', async () => {
    const csv = await (await ctx.client().get('/observations/download?type=NoiseLevelObserved&period=day&format=csv')).text();
    expect(csv.split(/\r?\n/)[0]).toBe('area,device,period,start,measure,count,mean,min,max,fewer_than');
    expect(csv).toContain('bord-de-riviere,,day,');
    const ngsi = (await (await ctx.client().get('/observations/download?type=AirQualityObserved&period=day&format=ngsi-ld')).json()) as Record<string, unknown>[];
    expect(ngsi[0]).toMatchObject({ type: 'AirQualityObserved', areaServed: 'les-tilleuls' });
    expect(typeof ngsi[0]['PM2.5']).toBe('number');
  });

  it('lets an admin bind a device, shows its token once, and the token stops working once revoked', async () => {
    const admin = await ctx.createUser({ role: 'admin' });
    const client = await ctx.client().signInAs(ctx, admin);
    const bad = await client.post('/admin/observations/devices', { sensor_id: 'air-school', device_ref: 'not a uri' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="not a uri"');
    const made = await (await client.post('/admin/observations/devices', { sensor_id: 'air-school', device_ref: 'urn:ngsi-ld:Device:air-02' })).text();
    const token = /id="device-token">([^<]+)</.exec(made)![1];
    expect(await (await client.get('/admin/observations')).text()).not.toContain(token);
    const send = () => ctx.app.request('http://localhost:3000/api/v1/observations/ngsi-ld', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(notification([])) });
    expect((await send()).status).toBe(200);
    const id = (await ctx.deps.db.selectFrom('observation_device').select('id').where('device_ref', '=', 'urn:ngsi-ld:Device:air-02').executeTakeFirstOrThrow()).id;
    expect((await client.post(`/admin/observations/devices/${id}/revoke`)).status).toBe(303);
    expect((await send()).status).toBe(401);
  });
});
