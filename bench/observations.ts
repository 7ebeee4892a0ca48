/**
 * Ingestion benchmark: OBSERVATIONS (default 2,000,000; the figure is 10,000,000) AirQualityObserved
 * entities from 500 registered devices, posted as Orion-LD notifications of BATCH entities to a real `cocity serve`,
 * 8 at a time, on SQLite and on PostgreSQL (DATABASE_URL or --pg URL; skipped with a note when unreachable);
 * then every stored aggregate cell is compared with a straightforward recomputation.
 * Usage: OBSERVATIONS=10000000 node --import tsx bench/observations.ts [--pg URL] [--sqlite-only]
 * (DEVICES=50 OBSERVATIONS=1000000: the full run's density of entities per device and hour, a tenth of its length).
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
import { memoryOf, serverCpuSecondsOf, serverMemoryOf, serverProcesses, startBenchServer } from './server.ts';

const TOTAL = Number(process.env.OBSERVATIONS ?? 2_000_000);
// DEVICES=50 OBSERVATIONS=1000000 sends as many entities per device-hour as the full run, in a tenth of the time.
const DEVICES = Number(process.env.DEVICES ?? 500);
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

const PERIODS = [HOUR_MS, 24 * HOUR_MS] as const;
/** A cell's key as a number: observed hour or day, device, measure (0 NO2, 1 PM2.5), period (0 hour, 1 day). */
const cellKey = (bucket: number, device: number, measure: number, period: number) => ((bucket * DEVICES + device) * 2 + measure) * 2 + period;

/**
 * The notification of device `device`'s entities `from`..`from + size` over the last 46 hours, written straight
 * as JSON text (the client shares the machine's cores with the server: no object tree to stringify), each
 * recorded in `expected` as sent (NO2 and PM2.5, hour and day).
 */
function notificationFor(expected: Map<number, Expected>, start: number, step: number, device: number, from: number, size: number): string {
  const id = `urn:ngsi-ld:AirQualityObserved:d${device}`;
  const ref = `urn:ngsi-ld:Device:d${device}`;
  const entities: string[] = [];
  for (let i = from; i < from + size; i++) {
    const at = start + i * step;
    const no2 = ((device * 7919 + i * 104_729) % 2000) / 10;
    const pm25 = no2 / 8;
    for (let measure = 0; measure < 2; measure++) {
      const value = measure === 0 ? no2 : pm25;
      for (let period = 0; period < 2; period++) {
        const key = cellKey(Math.floor(at / PERIODS[period]), device, measure, period);
        const e = expected.get(key);
        if (!e) expected.set(key, { count: 1, sum: value, min: value, max: value });
        else {
          e.count += 1;
          e.sum += value;
          if (value < e.min) e.min = value;
          if (value > e.max) e.max = value;
        }
      }
    }
    entities.push(`{"id":"${id}","type":"AirQualityObserved","dateObserved":"${new Date(at).toISOString()}","refDevice":"${ref}","NO2":${no2},"PM2.5":${pm25}}`);
  }
  return `{"id":"urn:ngsi-ld:Notification:bench","type":"Notification","data":[${entities.join(',')}]}`;
}

/** Sends every observation through the HTTP endpoint of a server on `databaseUrl`, then checks the stored cells. */
async function run(database: string, databaseUrl: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-obs-'));
  // No demo city: its seed would add a month of figures the recomputation knows nothing of.
  const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, COCITY_DEMO: '0' };
  const url = databaseUrl || loadConfig({ ...process.env, ...env }).databaseUrl;
  const tokens = await prepare(url);
  const expected = new Map<number, Expected>();
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
    // With COCITY_WORKERS > 1 (default: one per core) the started process only supervises: its workers count too.
    const processes = serverProcesses(child.pid!);
    const peakSum = () => processes.reduce((sum, pid) => sum + memoryOf(pid).peakMb, 0);
    const cpuBefore = serverCpuSecondsOf(child.pid!);
    const clientBefore = process.cpuUsage();
    const began = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: SENDERS }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const body = notificationFor(expected, start, step, job.device, job.from, job.size);
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
    const client = process.cpuUsage(clientBefore);
    const clientCpu = (client.user + client.system) / 1e6;
    peakMb = Math.max(peakMb, serverMemoryOf(child.pid!).peakMb);
    const summedPeakMb = peakSum();

    const check = connectDatabase(url);
    const rows = await check.db.selectFrom('observation_aggregate').selectAll().execute();
    await check.close();
    let mismatches = Math.abs(rows.length - expected.size);
    for (const r of rows) {
      const period = r.period === 'hour' ? 0 : 1;
      const e = expected.get(cellKey(Date.parse(r.start) / PERIODS[period], Number(r.sensor_id.slice(1)), r.measure === 'no2' ? 0 : r.measure === 'pm25' ? 1 : NaN, period));
      if (!e || e.count !== Number(r.count) || Math.abs(e.sum - Number(r.sum)) > 1e-6 * Math.max(1, e.sum) || e.min !== Number(r.min) || e.max !== Number(r.max)) mismatches += 1;
    }
    const perSecond = (n: number) => Math.round(n).toLocaleString('en');
    return `| ${database} | ${sent.toLocaleString('en')} | ${jobs.length.toLocaleString('en')} | ${seconds.toFixed(1)} | ${perSecond(sent / seconds)} | ${processes.length} | ${cpu.toFixed(1)} | ${perSecond(sent / cpu)} | ${((1e6 * cpu) / sent).toFixed(1)} | ${clientCpu.toFixed(1)} | ${peakMb} | ${summedPeakMb} | ${failures} | ${resent} | ${rows.length.toLocaleString('en')} | ${mismatches} |`;
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
console.log('| database | observations | requests | wall s | observations/s (wall) | server processes | server CPU s | observations per server CPU s | server CPU µs per observation | bench client CPU s | server peak RSS MB (largest process) | server peak RSS MB (sum of processes) | failed requests | requests sent again | aggregate cells checked | mismatches |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(`| target (issue 17) | 10,000,000 | | | ≥ ${TARGET.toLocaleString('en')} on SQLite | | | | | | < 300 | | 0 | | | 0 |`);
