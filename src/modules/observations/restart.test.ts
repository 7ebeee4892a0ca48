// The real server (`bin/cocity.js serve`) killed with SIGKILL while devices' batches are arriving, then started
// again on the same database: every batch it acknowledged is in the aggregates, and sending every batch again
// (as Orion-LD retries what it got no answer for) counts each observation exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../test/support/server.ts';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.ts';
import { migrateDatabase } from '../index.ts';
import { createDevice } from './devices.ts';
import { insertSensor, notification } from './test-fixtures.ts';

const BATCHES = 300;
const PER_BATCH = 20;
const KILL_AFTER = 200;
const CONCURRENCY = 6;
const HOUR_MS = 3_600_000;
// Under the device's rate limit (600 notifications a minute) for both runs together: the test is not about flooding.

let dataDir: string;
let handle: DatabaseHandle;
let token: string;
const now = Date.now();

interface Observation {
  id: string;
  at: number;
  value: number;
}
// One observation every 3 seconds back from now (5 hours in all), PM2.5 values from 1 to 47 µg/m³.
const batches: Observation[][] = Array.from({ length: BATCHES }, (_, b) => Array.from({ length: PER_BATCH }, (_, i) => {
  const n = b * PER_BATCH + i;
  return { id: `urn:ngsi-ld:AirQualityObserved:restart-${n}`, at: now - 60_000 - n * 3_000, value: 1 + ((n * 7) % 47) };
}));
const body = (batch: Observation[]) => JSON.stringify(notification(batch.map((o) => ({ id: o.id, type: 'AirQualityObserved', dateObserved: new Date(o.at).toISOString(), refDevice: 'urn:ngsi-ld:Device:restart', 'PM2.5': o.value }))));
const send = (server: RunningServer, batch: Observation[]) => fetch(`${server.baseUrl}/api/v1/observations/ngsi-ld`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body(batch) });

/** The straightforward recomputation: per observed hour, count, sum, min and max of these observations. */
function expectedHours(observations: Observation[]): Map<string, { count: number; sum: number; min: number; max: number }> {
  const hours = new Map<string, { count: number; sum: number; min: number; max: number }>();
  for (const o of observations) {
    const start = new Date(Math.floor(o.at / HOUR_MS) * HOUR_MS).toISOString();
    const h = hours.get(start) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
    hours.set(start, { count: h.count + 1, sum: h.sum + o.value, min: Math.min(h.min, o.value), max: Math.max(h.max, o.value) });
  }
  return hours;
}
const storedHours = async () => {
  const rows = await handle.db.selectFrom('observation_aggregate').select(['start', 'count', 'sum', 'min', 'max']).where('sensor_id', '=', 'air-restart').where('measure', '=', 'pm25').where('period', '=', 'hour').execute();
  return new Map(rows.map((r) => [r.start, { count: Number(r.count), sum: Number(r.sum), min: Number(r.min), max: Number(r.max) }]));
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cocity-observations-restart-'));
  handle = connectDatabase(`sqlite:${join(dataDir, 'cocity.sqlite')}`);
  await migrateDatabase(handle);
  await insertSensor(handle.db, 'air-restart', { technologies: ['air_quality'], neighbourhoodId: null });
  ({ token } = await createDevice(handle.db, { sensorId: 'air-restart', deviceRef: 'urn:ngsi-ld:Device:restart', createdBy: null }));
}, 120_000);

afterAll(async () => {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a SIGKILL in the middle of the batches loses no acknowledged observation; sending them all again counts each once', async () => {
  const first = await startServer({ COCITY_DEMO: '0' }, { dataDir, crashable: true });
  const acknowledged: number[] = [];
  let next = 0;
  let killing: Promise<void> | null = null;
  // A few devices' worth of parallel senders; the server is killed as the 200th answer comes in, with others in flight.
  const sender = async () => {
    while (next < BATCHES && !killing) {
      const b = next++;
      const res = await send(first, batches[b]).catch(() => null);
      if (res?.status === 200) {
        expect(await res.json()).toEqual({ accepted: PER_BATCH, duplicates: 0, rejected: [] });
        acknowledged.push(b);
        if (acknowledged.length >= KILL_AFTER && !killing) killing = first.crash();
      } else if (res && !killing) throw new Error(`batch ${b} answered ${res.status}: ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sender));
  await killing;
  expect(first.alive()).toBe(false);
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(acknowledged.length).toBeLessThan(BATCHES);

  const second = await startServer({ COCITY_DEMO: '0' }, { dataDir });
  try {
    // Every acknowledged observation is there: each hour holds at least what was acknowledged in it, and no more than was sent.
    const acked = expectedHours(acknowledged.flatMap((b) => batches[b]));
    const sent = expectedHours(batches.slice(0, next).flat());
    const afterCrash = await storedHours();
    for (const [start, want] of acked) {
      const got = afterCrash.get(start);
      expect(got?.count, start).toBeGreaterThanOrEqual(want.count);
      expect(got!.sum).toBeGreaterThanOrEqual(want.sum);
      expect(got!.count).toBeLessThanOrEqual(sent.get(start)!.count);
    }

    // The senders retry everything: what was kept counts as duplicates, the rest is added, each observation once.
    let duplicates = 0;
    for (let b = 0; b < BATCHES; b += CONCURRENCY) {
      const answers = await Promise.all(batches.slice(b, b + CONCURRENCY).map(async (batch) => {
        const res = await send(second, batch);
        expect(res.status).toBe(200);
        return (await res.json()) as { accepted: number; duplicates: number };
      }));
      duplicates += answers.reduce((n, a) => n + a.duplicates, 0);
    }
    expect(duplicates).toBeGreaterThanOrEqual(KILL_AFTER * PER_BATCH);
    expect(await storedHours()).toEqual(expectedHours(batches.flat()));
  } finally {
    expect(await second.stop()).toBe(0);
  }
}, 180_000);
