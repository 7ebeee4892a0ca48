import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { seedDemoCityIfEmpty } from '../../seed/demo.ts';
import { insertSensor } from './test-fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  // An air-quality entry registered before the demo city is seeded (what bench/observations.ts does with its 500 devices).
  await insertSensor(ctx.deps.db, 'city-air', { technologies: ['air_quality'], neighbourhoodId: null });
  await seedDemoCityIfEmpty(ctx.handle, ctx.deps.config);
}, 120_000);
afterAll(() => ctx.close());

const cellsOf = async (sensorId: string) => (await ctx.deps.db.selectFrom('observation_aggregate').select('start').where('sensor_id', '=', sensorId).execute()).length;

it('gives the month of demo figures to the demo register’s own sensors, never to an entry that was there before', async () => {
  expect(await cellsOf('city-air')).toBe(0);
  expect(await ctx.deps.db.selectFrom('observation_device').select('id').where('sensor_id', '=', 'city-air').execute()).toEqual([]);
  const school = await ctx.deps.db.selectFrom('register_sensor').select('id').where('name_en', '=', 'Air-quality sensor, Les Tilleuls school').executeTakeFirstOrThrow();
  const quay = await ctx.deps.db.selectFrom('register_sensor').select('id').where('name_en', '=', 'Noise sensor, Guinguettes quay').executeTakeFirstOrThrow();
  // Four measures over 30 days of hours and days for the school, two for the quay.
  expect(await cellsOf(school.id)).toBeGreaterThan(4 * 30 * 24);
  expect(await cellsOf(quay.id)).toBeGreaterThan(2 * 30 * 24);
});
