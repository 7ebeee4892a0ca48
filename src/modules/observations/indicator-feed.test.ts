import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { AggregateCell } from './fold.ts';
import { coverageRule, MIN_DAY_COVERAGE, SENSOR_SOURCE } from './indicator-feed.ts';
import { upsertCells } from './ingest.ts';
import { insertSensor } from './test-fixtures.ts';

const year = new Date().getUTCFullYear() - 1;
const { daysInYear, required } = coverageRule(year);
/** A mean over the year's days where one day differs from all the others, rounded like the feed. */
const meanWithOneDay = (usual: number, odd: number) => Math.round(((usual * (daysInYear - 1) + odd) / daysInYear) * 100) / 100;
const day = (sensorId: string, hood: string, measure: string, date: string, sum: number, count: number): AggregateCell => ({ sensorId, neighbourhoodId: hood, model: 'AirQualityObserved', measure, period: 'day', start: `${date}T00:00:00.000Z`, count, sum, min: 0, max: 100, energy: null });

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  await db.insertInto('neighbourhood').values([{ id: 'hood-a', slug: 'quartier-a', name_fr: 'Quartier A', name_en: 'District A', position: 0 }, { id: 'hood-b', slug: 'quartier-b', name_fr: 'Quartier B', name_en: 'District B', position: 1 }]).execute();
  for (const [id, hood] of [['air-a', 'hood-a'], ['air-b', 'hood-a'], ['air-c', 'hood-b']]) await insertSensor(db, id, { technologies: ['air_quality'], neighbourhoodId: hood, retentionDays: 3650 });
  // Every day of the year from 1 January, `count` days in all.
  const days = (count: number) => Array.from({ length: count }, (_, i) => new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10));
  await db.transaction().execute((trx) =>
    upsertCells(trx, [
      // Quartier A: air-a every day at 20; air-b on 10 January only, which makes that day (80 + 120) / 8 = 25.
      ...days(daysInYear).map((d) => day('air-a', 'hood-a', 'pm25', d, 80, 4)),
      day('air-b', 'hood-a', 'pm25', `${year}-01-10`, 120, 4),
      // Quartier B: PM2.5 on one day fewer than the rule asks (left out), NO2 on exactly enough days (published).
      ...days(required - 1).map((d) => day('air-c', 'hood-b', 'pm25', d, 40, 2)),
      ...days(required).map((d) => day('air-c', 'hood-b', 'no2', d, 50, 2)),
      // Other years do not count, neither as days nor as values.
      day('air-c', 'hood-b', 'pm25', `${year - 1}-12-31`, 900, 2),
      day('air-c', 'hood-b', 'pm25', `${year + 1}-01-01`, 900, 2),
    ]),
  );
});
afterAll(() => ctx.close());

const fedValues = () => ctx.deps.db.selectFrom('indicator_value').select(['indicator_code', 'area', 'value', 'n']).where('source', '=', SENSOR_SOURCE).where('period', '=', String(year)).orderBy('indicator_code').orderBy('area').execute();

describe('feeding the indicators from the daily aggregates', () => {
  it('stores each area’s annual mean of daily means as the objective indicator of the same code, when the area measured enough of the year’s days', async () => {
    expect(MIN_DAY_COVERAGE).toBe(0.75);
    expect(required).toBe(Math.ceil(0.75 * daysInYear));
    const admin = await ctx.createUser({ role: 'admin' });
    const client = await ctx.client().signInAs(ctx, admin);
    const res = await client.post('/admin/observations/indicators?lang=en', { year: String(year) });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('4 values stored.');
    // Quartier B's PM2.5 is left out, named on the page with its count of days and why.
    expect(html).toContain('1 mean not published: too few days measured');
    const skipped = html.slice(html.indexOf('id="feed-skipped"'), html.indexOf('</table>', html.indexOf('id="feed-skipped"')));
    expect(skipped).toContain('District B');
    expect(skipped).toContain(`${required - 1} days of ${daysInYear}, at least ${required} needed`);
    expect(skipped).not.toContain('District A');
    expect(html).toContain(`at least 75 % of the year’s days (${required} days of ${daysInYear})`);
    const expected = [
      // The city: every sensor's cells together; on 10 January (80 + 120 + 40) / 10 = 24, every other day 20.
      { indicator_code: 'no2', area: 'city', value: 25, n: null },
      { indicator_code: 'no2', area: 'quartier-b', value: 25, n: null },
      { indicator_code: 'pm25', area: 'city', value: meanWithOneDay(20, 24), n: null },
      { indicator_code: 'pm25', area: 'quartier-a', value: meanWithOneDay(20, 25), n: null },
    ];
    expect(await fedValues()).toEqual(expected);
    // Run again after a sensor's cells went (retention, a correction): its values are recomputed, none is left over.
    await ctx.deps.db.deleteFrom('observation_aggregate').where('sensor_id', '=', 'air-c').execute();
    await client.post('/admin/observations/indicators', { year: String(year) });
    expect(await fedValues()).toEqual([{ indicator_code: 'pm25', area: 'city', value: meanWithOneDay(20, 25), n: null }, { indicator_code: 'pm25', area: 'quartier-a', value: meanWithOneDay(20, 25), n: null }]);
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
