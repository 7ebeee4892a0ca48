/**
 * The proposal page with 200 comments in several checkouts (or server process counts) of cocity at once, measured in
 * turns so that each sees the same machine: a loaded, shared machine then changes every figure but not their ratios.
 *
 *   node --import tsx bench/compare-checkouts.ts NAME=DIR[@WORKERS] ... [--rounds 3]
 *
 * The first DIR seeds the data (10,000 proposals as in bench/proposals.ts, with its own code: give the oldest
 * checkout first); every server starts on a copy of that SQLite file and migrates it forward itself. For each page,
 * each round and each server: 50 connections for 6 s, then one connection for 3 s (1,000 / its requests per second is the
 * server time of one request with nothing queued, network included), then a wait until the server has drained what
 * is still queued.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load, serverMemoryLine, startBenchServer } from './server.ts';

const SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 3;
const servers = process.argv
  .slice(2)
  .filter((a, i, all) => a.includes('=') && all[i - 1] !== '--rounds')
  .map((a) => {
    const [name, rest] = a.split('=');
    const [dir, workers] = rest.split('@');
    return { name, dir: resolve(dir), workers: workers ?? '1' };
  });
if (servers.length === 0) {
  console.error('usage: node --import tsx bench/compare-checkouts.ts NAME=DIR[@WORKERS] ... [--rounds N]');
  process.exit(2);
}

// Run inside the first checkout, with its own code, so that every later checkout can migrate the file forward.
const seedScript = `
import { loadConfig } from './src/config.ts';
import { connectDatabase } from './src/db/connect.ts';
import { migrateDatabase } from './src/modules/index.ts';
import { seedDemoCityIfEmpty } from './src/seed/demo.ts';
import { seedProposalLoad } from './bench/proposals-seed.ts';
const config = loadConfig();
const handle = connectDatabase(config.databaseUrl);
await migrateDatabase(handle);
await seedDemoCityIfEmpty(handle, config);
const data = await seedProposalLoad(handle.db, process.env.AUTH_SECRET);
await handle.close();
process.stdout.write(JSON.stringify({ busy: data.busyProposalId, cookie: data.cookies[0] }));
`;

const work = mkdtempSync(join(tmpdir(), 'cocity-bench-compare-'));
const seedDir = join(work, 'seed');
const env = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '1', AUTH_SECRET: SECRET });
console.log(`Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the start.`);
const seeded = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', seedScript], { cwd: servers[0].dir, env: { ...process.env, ...env(seedDir), LOG_LEVEL: 'warn' }, encoding: 'utf8', maxBuffer: 1 << 26 }),
) as { busy: string; cookie: string };

const running = [];
try {
  for (const [i, s] of servers.entries()) {
    const dataDir = join(work, `server-${i}`);
    mkdirSync(dataDir);
    copyFileSync(join(seedDir, 'cocity.sqlite'), join(dataDir, 'cocity.sqlite'));
    running.push({ ...s, ...(await startBenchServer({ ...env(dataDir), COCITY_WORKERS: s.workers }, s.dir)) });
  }
  const pages: { name: string; path: string; headers: Record<string, string> }[] = [
    { name: 'reference: home page /', path: '/', headers: {} },
    { name: 'proposal page with 200 comments, visitor', path: `/proposals/${seeded.busy}`, headers: {} },
    { name: 'same, signed-in resident', path: `/proposals/${seeded.busy}`, headers: { cookie: seeded.cookie } },
  ];
  for (const r of running) for (const p of pages) await load('warm-up', `${r.baseUrl}${p.path}`, { connections: 2, seconds: 1, headers: p.headers });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const page of pages) {
    const results = new Map(running.map((r) => [r.name, { rps: [] as number[], p50: [] as number[], p99: [] as number[], serial: [] as number[] }]));
    for (let round = 0; round < rounds; round++) {
      for (const r of running) {
        const url = `${r.baseUrl}${page.path}`;
        const loaded = await load(page.name, url, { connections: 50, seconds: 6, headers: page.headers });
        await drained(r.baseUrl);
        const serial = await load(page.name, url, { connections: 1, seconds: 3, headers: page.headers });
        const row = results.get(r.name)!;
        row.rps.push(loaded.requestsPerSecond);
        row.p50.push(loaded.p50);
        row.p99.push(loaded.p99);
        row.serial.push(1000 / Math.max(1, serial.requestsPerSecond)); // one connection: the time of one request, with no queue
      }
    }
    console.log(`\n${page.name}: medians of ${rounds} rounds; load average ${loadavg()[0].toFixed(1)} at the end\n`);
    console.log('| server | requests/s at 50 connections | p50 ms | p99 ms | one request at a time: ms |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [name, row] of results) console.log(`| ${name} | ${median(row.rps)} | ${median(row.p50)} | ${median(row.p99)} | ${median(row.serial).toFixed(1)} |`);
  }
  console.log('');
  for (const r of running) console.log(`${r.name}: ${serverMemoryLine(r.child.pid!)}`);
} finally {
  for (const r of running) {
    r.child.kill('SIGTERM');
    await new Promise((done) => r.child.once('exit', done));
  }
  rmSync(work, { recursive: true, force: true });
}

/** Waits until /healthz answers within 50 ms: the requests queued when the load stopped have been served. */
async function drained(baseUrl: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const started = performance.now();
    await fetch(`${baseUrl}/healthz`).catch(() => undefined);
    if (performance.now() - started < 50) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
