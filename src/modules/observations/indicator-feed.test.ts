import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { AggregateCell } from './fold.ts';
import { SENSOR_SOURCE } from './indicator-feed.ts';
import { upsertCells } from './ingest.ts';
import { insertSensor } from './test-fixtures.ts';

const year = new Date().getUTCFullYear() - 1;
const day = (sensorId: string, hood: string, measure: string, date: string, sum: number, count: number): AggregateCell => ({ sensorId, neighbourhoodId: hood, model: 'AirQualityObserved', measure, period: 'day', start: `${date}T00:00:00.000Z`, count, sum, min: 0, max: 100, energy: null });

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  await db.insertInto('neighbourhood').values([{ id: 'hood-a', slug: 'quartier-a', name_fr: 'Quartier A', name_en: 'District A', position: 0 }, { id: 'hood-b', slug: 'quartier-b', name_fr: 'Quartier B', name_en: 'District B', position: 1 }]).execute();
  for (const [id, hood] of [['air-a', 'hood-a'], ['air-b', 'hood-a'], ['air-c', 'hood-b']]) await insertSensor(db, id, { technologies: ['air_quality'], neighbourhoodId: hood, retentionDays: 3650 });
  await db.transaction().execute((trx) =>
    upsertCells(trx, [
      // Quartier A: two sensors; day 10 is (40 + 120) / 8 = 20, day 11 is 20: the annual mean is 20 over 2 days.
      day('air-a', 'hood-a', 'pm25', `${year}-01-10`, 40, 4),
      day('air-a', 'hood-a', 'pm25', `${year}-01-11`, 80, 4),
      day('air-b', 'hood-a', 'pm25', `${year}-01-10`, 120, 4),
      day('air-c', 'hood-b', 'pm25', `${year}-01-10`, 12, 2),
      day('air-c', 'hood-b', 'no2', `${year}-06-01`, 50, 2),
      // Other years do not count.
      day('air-c', 'hood-b', 'pm25', `${year - 1}-12-31`, 900, 2),
      day('air-c', 'hood-b', 'pm25', `${year + 1}-01-01`, 900, 2),
    ]),
  );
});
afterAll(() => ctx.close());

const fedValues = () => ctx.deps.db.selectFrom('indicator_value').select(['indicator_code', 'area', 'value', 'n']).where('source', '=', SENSOR_SOURCE).where('period', '=', String(year)).orderBy('indicator_code').orderBy('area').execute();

describe('feeding the indicators from the daily aggregates', () => {
  it('stores each area’s annual mean of daily means as the objective indicator of the same code', async () => {
    const admin = await ctx.createUser({ role: 'admin' });
    const client = await ctx.client().signInAs(ctx, admin);
    const res = await client.post('/admin/observations/indicators?lang=en', { year: String(year) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('5 values stored.');
    const expected = [
      // The city: every sensor's cells together, day 10 is 172 / 10 = 17.2, day 11 is 20.
      { indicator_code: 'no2', area: 'city', value: 25, n: null },
      { indicator_code: 'no2', area: 'quartier-b', value: 25, n: null },
      { indicator_code: 'pm25', area: 'city', value: 18.6, n: null },
      { indicator_code: 'pm25', area: 'quartier-a', value: 20, n: null },
      { indicator_code: 'pm25', area: 'quartier-b', value: 6, n: null },
    ];
    expect(await fedValues()).toEqual(expected);
    // Run again after a sensor's cells went (retention, a correction): its values are recomputed, none is left over.
    await ctx.deps.db.deleteFrom('observation_aggregate').where('sensor_id', '=', 'air-c').execute();
    await client.post('/admin/observations/indicators', { year: String(year) });
    expect(await fedValues()).toEqual([{ indicator_code: 'pm25', area: 'city', value: 20, n: null }, { indicator_code: 'pm25', area: 'quartier-a', value: 20, n: null }]);
    const page = await (await ctx.client().get('/indicators/pm25?lang=en')).text();
    expect(page).toContain(SENSOR_SOURCE);
  });

  it('refuses a year that is not one, keeping what was typed, and is for admins only', async () => {
    const admin = await ctx.createUser({ role: 'admin' });
    const client = await ctx.client().signInAs(ctx, admin);
    const bad = await client.post('/admin/observations/indicators', { year: '20x5' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('value="20x5"');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser({}));
    expect((await resident.post('/admin/observations/indicators', { year: String(year) })).status).toBe(403);
  });
});
