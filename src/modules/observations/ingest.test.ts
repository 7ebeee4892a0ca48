import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createDevice, deviceByToken, devicesByRef, type BoundDevice } from './devices.ts';
import { hitRateLimit } from '../../platform/rate-limit.ts';
import { deviceRule } from './api.ts';
import { ingestEntities } from './ingest.ts';
import { parseEntity, type ParsedObservation } from './parse-entity.ts';
import { groupSightings, keepFirstSightings } from './seen.ts';
import { insertSensor } from './test-fixtures.ts';

let ctx: TestContext;
let device: BoundDevice;
const HOUR_MS = 3_600_000;
const hourStart = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - 12 * HOUR_MS;

beforeAll(async () => {
  ctx = await createTestContext();
  await insertSensor(ctx.deps.db, 'air-i', { technologies: ['air_quality'], neighbourhoodId: null });
  const { token } = await createDevice(ctx.deps.db, { sensorId: 'air-i', deviceRef: 'urn:ngsi-ld:Device:air-i', createdBy: null });
  device = (await deviceByToken(ctx.deps.db, token))!;
});
afterAll(() => ctx.close());

/** `n` entities of one station, a minute apart from `firstMinute` on, over as many hours as that takes. */
const entities = (station: string, firstMinute: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `urn:ngsi-ld:AirQualityObserved:${station}`, type: 'AirQualityObserved', refDevice: 'urn:ngsi-ld:Device:air-i', dateObserved: new Date(hourStart + (firstMinute + i) * 60_000).toISOString(), NO2: 10 + (i % 7) }));
const source = () => ({ tokenDevice: device, byRef: (refs: string[]) => devicesByRef(ctx.deps.db, refs) });
const counted = async () => Number((await ctx.deps.db.selectFrom('observation_aggregate').select((eb) => eb.fn.sum<number>('count').as('n')).where('measure', '=', 'no2').where('period', '=', 'hour').executeTakeFirst())?.n ?? 0);

it('counts an entity once when it comes twice in one batch, or in batches sent at the same moment', async () => {
  const once = await ingestEntities(ctx.deps.db, [...entities('twice', 0, 3), ...entities('twice', 0, 3)], source());
  expect(once).toMatchObject({ accepted: 6, duplicates: 3 });
  // One entity in each of the two hours first, so the batches below find their device-hours already there.
  await ingestEntities(ctx.deps.db, [...entities('concurrent', 30, 1), ...entities('concurrent', 60, 1)], source());
  const batch = entities('concurrent', 30, 90);
  const answers = await Promise.all([1, 2, 3, 4].map(() => ingestEntities(ctx.deps.db, batch, source())));
  expect(answers.reduce((n, a) => n + a.accepted - a.duplicates, 0)).toBe(88);
  expect(await counted()).toBe(93);
});

it('makes a batch wait for another batch of the same device-hours still in its transaction, then counts none of its observations twice', async () => {
  const items = entities('overlap', 300, 30).map((e) => ({ observation: (parseEntity(e) as { observation: ParsedObservation }).observation, sensorId: 'air-i' }));
  await ctx.deps.db.transaction().execute((trx) => keepFirstSightings(trx, groupSightings(items.slice(0, 1)), Date.now()));
  let second: Promise<number> | undefined;
  const first = await ctx.deps.db.transaction().execute(async (trx) => {
    const kept = await keepFirstSightings(trx, groupSightings(items), Date.now());
    second = ctx.deps.db.transaction().execute(async (other) => (await keepFirstSightings(other, groupSightings(items), Date.now())).length);
    await new Promise((r) => setTimeout(r, 300)); // the second batch reads meanwhile, unless it waits
    return kept.length;
  });
  expect([first, await second]).toEqual([29, 0]);
});

it('leaves nothing half-applied when a batch fails at any of its statements, and a retry then counts it exactly once', async () => {
  const before = await counted();
  const batch = entities('crash', 200, 400); // over 7 hours: several device-hours and cells
  let statements = 0;
  const counting: KyselyPlugin = { transformQuery: ({ node }) => ((statements += 1), node), transformResult: async ({ result }) => result };
  // As the endpoint does it: the device's rate limit counted first, in the same transaction.
  const admit = async (trx: typeof ctx.deps.db) => void (await hitRateLimit(trx, deviceRule, device.device.id));
  // Its purge of old counters runs at most every 10 minutes: done now, so every run below has the same statements.
  await hitRateLimit(ctx.deps.db, deviceRule, 'warm-up');
  await ingestEntities(ctx.deps.db.withPlugin(counting), entities('probe', 200, 400), source(), Date.now(), admit);
  const total = statements;
  expect(total).toBeGreaterThan(5);
  for (let failAt = 1; failAt <= total; failAt++) {
    let seen = 0;
    const crash: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (++seen === failAt) throw new Error(`crash at statement ${failAt}`);
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    await expect(ingestEntities(ctx.deps.db.withPlugin(crash), batch, source(), Date.now(), admit)).rejects.toThrow(`crash at statement ${failAt}`);
    expect(await counted(), `after a crash at statement ${failAt}`).toBe(before + 400);
  }
  expect(await ingestEntities(ctx.deps.db, batch, source())).toMatchObject({ accepted: 400, duplicates: 0 });
  expect(await counted()).toBe(before + 800);
});
