/**
 * Ingestion benchmark: OBSERVATIONS (default 2,000,000; the figure is 10,000,000) AirQualityObserved
 * entities from 500 registered devices, posted as Orion-LD notifications of BATCH entities to a real `cocity serve`,
 * 8 at a time, on SQLite and on PostgreSQL (DATABASE_URL or --pg URL; skipped with a note when unreachable);
 * then every stored aggregate cell is compared with a straightforward recomputation.
 * Usage: OBSERVATIONS=10000000 node --import tsx bench/observations.ts [--pg URL] [--sqlite-only]
 * The server's CPU seconds (from /proc) are printed beside the wall time: on a shared machine the wall time
 * measures the neighbours too. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" profiles the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { createDevice } from '../src/modules/observations/devices.ts';
import { insertSensor } from '../src/modules/observations/test-fixtures.ts';
import { benchPostgresUrl, reachable, withScratchDatabase } from './postgres.ts';
import { serverCpuSecondsOf, serverMemoryOf, startBenchServer } from './server.ts';

const TOTAL = Number(process.env.OBSERVATIONS ?? 2_000_000);
const DEVICES = 500;
const BATCH = Number(process.env.BATCH ?? 1000);
const SENDERS = 8;
const HOUR_MS = 3_600_000;
const TARGET = 50_000;

interface Expected {
  count: number;
  sum: number;
  min: number;
  max: number;
}

/** Registers 500 air-quality devices in an empty database and returns their tokens. */
async function prepare(databaseUrl: string): Promise<string[]> {
  const handle = connectDatabase(databaseUrl);
  await migrateDatabase(handle);
  await handle.db.insertInto('neighbourhood').values(Array.from({ length: 10 }, (_, i) => ({ id: `h${i}`, slug: `hood-${i}`, name_fr: `Quartier ${i}`, name_en: `Area ${i}`, position: i }))).execute();
  const tokens: string[] = [];
  for (let d = 0; d < DEVICES; d++) {
    await insertSensor(handle.db, `s${d}`, { technologies: ['air_quality'], neighbourhoodId: `h${d % 10}` });
    tokens.push((await createDevice(handle.db, { sensorId: `s${d}`, deviceRef: `urn:ngsi-ld:Device:d${d}`, createdBy: null })).token);
  }
  await handle.close();
  return tokens;
}

/** Device `device`'s entities `from`..`from + size` over the last 46 hours, recorded in `expected` as sent (NO2 and PM2.5, hour and day). */
function batchFor(expected: Map<string, Expected>, start: number, step: number, device: number, from: number, size: number): unknown[] {
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

/** Sends every observation through the HTTP endpoint of a server on `databaseUrl`, then checks the stored cells. */
async function run(database: string, databaseUrl: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-obs-'));
  // No demo city: its seed would add a month of figures the recomputation knows nothing of.
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, COCITY_DEMO: '0' };
  const url = databaseUrl || loadConfig({ ...process.env, ...env }).databaseUrl;
  const tokens = await prepare(url);
  const expected = new Map<string, Expected>();
  const perDevice = Math.ceil(TOTAL / DEVICES);
  const start = Date.now() - 46 * HOUR_MS;
  const step = Math.max(1, Math.floor((45 * HOUR_MS) / perDevice));
  const jobs: { device: number; from: number; size: number }[] = [];
  for (let from = 0; from < perDevice; from += BATCH) for (let device = 0; device < DEVICES; device++) jobs.push({ device, from, size: Math.min(BATCH, perDevice - from) });

  const { child, baseUrl } = await startBenchServer(env);
  let peakMb = 0;
  let sent = 0;
  let failures = 0;
  let resent = 0;
  try {
    const cpuBefore = serverCpuSecondsOf(child.pid!);
    const began = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: SENDERS }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const body = JSON.stringify({ id: 'urn:ngsi-ld:Notification:bench', type: 'Notification', data: batchFor(expected, start, step, job.device, job.from, job.size) });
        // A dropped connection (a keep-alive socket closed by the server as the request left) is sent again,
        // as Orion-LD would: ingestion is idempotent, so the recomputation below still holds.
        let res: Response | undefined;
        for (let attempt = 0; !res; attempt++) {
          try {
            res = await fetch(`${baseUrl}/api/v1/observations/ngsi-ld`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[job.device]}` }, body });
          } catch (error) {
            if (attempt === 3) throw error;
            resent += 1;
          }
        }
        const answer = (await res.json()) as { accepted?: number };
        if (res.status !== 200 || answer.accepted !== job.size) failures += 1;
        sent += job.size;
        if (next % 200 === 0) peakMb = Math.max(peakMb, serverMemoryOf(child.pid!).peakMb);
      }
    }));
    const seconds = (performance.now() - began) / 1000;
    const cpu = serverCpuSecondsOf(child.pid!) - cpuBefore;
    peakMb = Math.max(peakMb, serverMemoryOf(child.pid!).peakMb);

    const check = connectDatabase(url);
    const rows = await check.db.selectFrom('observation_aggregate').selectAll().execute();
    await check.close();
    let mismatches = Math.abs(rows.length - expected.size);
    for (const r of rows) {
      const e = expected.get(`${r.sensor_id}|${r.measure}|${r.period}|${r.start}`);
      if (!e || e.count !== Number(r.count) || Math.abs(e.sum - Number(r.sum)) > 1e-6 * Math.max(1, e.sum) || e.min !== Number(r.min) || e.max !== Number(r.max)) mismatches += 1;
    }
    const perSecond = (n: number) => Math.round(n).toLocaleString('en');
    return `| ${database} | ${sent.toLocaleString('en')} | ${jobs.length.toLocaleString('en')} | ${seconds.toFixed(1)} | ${perSecond(sent / seconds)} | ${cpu.toFixed(1)} | ${perSecond(sent / cpu)} | ${peakMb} | ${failures} | ${resent} | ${rows.length.toLocaleString('en')} | ${mismatches} |`;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows = [await run('SQLite', '')];
if (process.argv.includes('--sqlite-only')) console.log('PostgreSQL: skipped (--sqlite-only).\n');
else if (await reachable(benchPostgresUrl)) rows.push(await withScratchDatabase('cocity_bench_obs', (url) => run('PostgreSQL', url)));
else console.log(`PostgreSQL: skipped (${benchPostgresUrl.replace(/\/\/[^@]*@/, '//')} not reachable; pass --pg URL or DATABASE_URL).\n`);

console.log(`${DEVICES} devices, ${BATCH} entities per notification (2 measures each), ${SENDERS} concurrent senders, real server\n`);
console.log('| database | observations | requests | wall s | observations/s (wall) | server CPU s | observations per server CPU s | server peak RSS MB | failed requests | requests sent again | aggregate cells checked | mismatches |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(`| target (issue 17) | 10,000,000 | | | ≥ ${TARGET.toLocaleString('en')} on SQLite | | | < 300 | 0 | | | 0 |`);
