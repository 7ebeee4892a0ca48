/**
 * Ingestion benchmark: OBSERVATIONS (default 2,000,000; the figure is 10,000,000) AirQualityObserved
 * entities from 500 registered devices, posted as Orion-LD notifications of BATCH entities to a real `cocity serve`
 * on SQLite, 8 at a time; then the stored aggregates are compared with a straightforward recomputation.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { createDevice } from '../src/modules/observations/devices.ts';
import { insertSensor } from '../src/modules/observations/test-fixtures.ts';
import { memoryOf, startBenchServer } from './server.ts';

const TOTAL = Number(process.env.OBSERVATIONS ?? 2_000_000);
const DEVICES = 500;
const BATCH = Number(process.env.BATCH ?? 1000);
const SENDERS = 8;
const HOUR_MS = 3_600_000;

const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-obs-'));
// No demo city: its seed would add a month of figures the recomputation knows nothing of.
const env = { DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '0' };
const config = loadConfig({ ...process.env, ...env });
const handle = connectDatabase(config.databaseUrl);
await migrateDatabase(handle);
await handle.db.insertInto('neighbourhood').values(Array.from({ length: 10 }, (_, i) => ({ id: `h${i}`, slug: `hood-${i}`, name_fr: `Quartier ${i}`, name_en: `Area ${i}`, position: i }))).execute();
const tokens: string[] = [];
for (let d = 0; d < DEVICES; d++) {
  await insertSensor(handle.db, `s${d}`, { technologies: ['air_quality'], neighbourhoodId: `h${d % 10}` });
  tokens.push((await createDevice(handle.db, { sensorId: `s${d}`, deviceRef: `urn:ngsi-ld:Device:d${d}`, createdBy: null })).token);
}
await handle.close();

// What the aggregates must be: NO2 and PM2.5 per device, hour and day, recomputed the plain way.
const expected = new Map<string, { count: number; sum: number; min: number; max: number }>();
const perDevice = Math.ceil(TOTAL / DEVICES);
const start = Date.now() - 46 * HOUR_MS;
const step = Math.max(1, Math.floor((45 * HOUR_MS) / perDevice));

function batchFor(device: number, from: number, size: number): unknown[] {
  const data = [];
  for (let i = from; i < from + size; i++) {
    const at = start + i * step;
    const no2 = ((device * 7919 + i * 104_729) % 2000) / 10;
    for (const [measure, value] of [['no2', no2], ['pm25', no2 / 8]] as const) {
      for (const [period, size] of [['hour', HOUR_MS], ['day', 24 * HOUR_MS]] as const) {
        const key = `s${device}|${measure}|${period}|${new Date(Math.floor(at / size) * size).toISOString()}`;
        const e = expected.get(key) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
        expected.set(key, { count: e.count + 1, sum: e.sum + value, min: Math.min(e.min, value), max: Math.max(e.max, value) });
      }
    }
    data.push({ id: `urn:ngsi-ld:AirQualityObserved:d${device}`, type: 'AirQualityObserved', dateObserved: new Date(at).toISOString(), refDevice: `urn:ngsi-ld:Device:d${device}`, NO2: no2, 'PM2.5': no2 / 8 });
  }
  return data;
}

const jobs: { device: number; from: number; size: number }[] = [];
for (let from = 0; from < perDevice; from += BATCH) for (let device = 0; device < DEVICES; device++) jobs.push({ device, from, size: Math.min(BATCH, perDevice - from) });

const { child, baseUrl } = await startBenchServer(env);
let peakMb = 0;
let sent = 0;
let failures = 0;
try {
  const began = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: SENDERS }, async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const body = JSON.stringify({ id: 'urn:ngsi-ld:Notification:bench', type: 'Notification', data: batchFor(job.device, job.from, job.size) });
      const res = await fetch(`${baseUrl}/api/v1/observations/ngsi-ld`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[job.device]}` }, body });
      const answer = (await res.json()) as { accepted?: number };
      if (res.status !== 200 || answer.accepted !== job.size) failures += 1;
      sent += job.size;
      if (next % 200 === 0) peakMb = Math.max(peakMb, memoryOf(child.pid!).peakMb);
    }
  }));
  const seconds = (performance.now() - began) / 1000;
  peakMb = Math.max(peakMb, memoryOf(child.pid!).peakMb);

  const check = connectDatabase(config.databaseUrl);
  const rows = await check.db.selectFrom('observation_aggregate').selectAll().execute();
  let mismatches = rows.length === expected.size ? 0 : Math.abs(rows.length - expected.size);
  for (const r of rows) {
    const e = expected.get(`${r.sensor_id}|${r.measure}|${r.period}|${r.start}`);
    if (!e || e.count !== r.count || Math.abs(e.sum - r.sum) > 1e-6 * Math.max(1, e.sum) || e.min !== r.min || e.max !== r.max) mismatches += 1;
  }
  await check.close();

  console.log(`${DEVICES} devices, ${BATCH} entities per notification (2 measures each), ${SENDERS} concurrent senders, SQLite, real server\n`);
  console.log('| observations | requests | seconds | observations/s | server peak RSS MB | failed requests | aggregate cells checked | mismatches |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| ${sent.toLocaleString('en')} | ${jobs.length.toLocaleString('en')} | ${seconds.toFixed(1)} | ${Math.round(sent / seconds).toLocaleString('en')} | ${peakMb} | ${failures} | ${rows.length.toLocaleString('en')} | ${mismatches} |`);
  console.log('\ntargets (issue 17): ≥ 50,000 observations/s, memory < 300 MB, aggregates equal to the recomputation');
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
