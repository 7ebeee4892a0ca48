// Benchmark of the indicator values import: `node --import tsx bench/indicators.ts`.
// One million values from CSV (34 indicators × 51 areas × 577 months) checked then written in one
// transaction (what importIndicatorValues does, timed phase by phase), on a SQLite file (and on PostgreSQL too when BENCH_POSTGRES_URL names an empty database); wall time and the
// process's peak resident memory (VmHWM), the CSV text itself included.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { connectDatabase, type DatabaseHandle } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { upsertPlan } from '../src/modules/indicators/bulk-upsert.ts';
import { checkImport } from '../src/modules/indicators/import-plan.ts';
import { loadImportReference } from '../src/modules/indicators/import-service.ts';
import { runOnce, shebangFlags } from './opinion-cli.ts';
import { memoryOf } from './server.ts';

const VALUES = 1_000_000;
const NEIGHBOURHOODS = 50;

async function prepare(handle: DatabaseHandle): Promise<string[]> {
  await migrateDatabase(handle);
  const hoods = Array.from({ length: NEIGHBOURHOODS }, (_, i) => ({ id: randomUUID(), slug: `quartier-${i + 1}`, name_fr: `Quartier ${i + 1}`, name_en: `District ${i + 1}`, position: i }));
  await handle.db.insertInto('neighbourhood').values(hoods).execute();
  const codes = (await handle.db.selectFrom('indicator').select('code').orderBy('position').execute()).map((r) => r.code);
  return codes;
}

// Monthly periods from 1980-01, as many as needed for a million distinct (indicator, area, period);
// written to a file in slices, as an exported file would arrive, so building it costs no memory here.
function writeCsv(codes: string[], file: string): void {
  const areas = ['city', ...Array.from({ length: NEIGHBOURHOODS }, (_, i) => `quartier-${i + 1}`)];
  const fd = openSync(file, 'w');
  writeSync(fd, 'indicator,area,period,value,kind,n,source\n');
  let written = 0;
  let slice: string[] = [];
  for (let month = 0; written < VALUES; month++) {
    const period = `${1980 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    for (const code of codes) {
      for (const area of areas) {
        if (written === VALUES) break;
        slice.push(`${code},${area},${period},${((written * 7919) % 10_000) / 100},,,\n`);
        written++;
      }
    }
    writeSync(fd, slice.join(''));
    slice = [];
  }
  closeSync(fd);
}

// A full garbage collection before the import, so "RSS before" is what the process really holds then.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

async function run(name: string, url: string, csvFile: string): Promise<string> {
  const handle = connectDatabase(url);
  try {
    const codes = await prepare(handle);
    writeCsv(codes, csvFile);
    const text = readFileSync(csvFile, 'utf8');
    // Peak memory is measured from here: the file read into memory, as the upload handler holds it.
    collectGarbage();
    writeFileSync('/proc/self/clear_refs', '5');
    const before = memoryOf(process.pid).rssMb;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const check = checkImport(text, await loadImportReference(handle.db));
    const checked = performance.now();
    if (!check.ok) throw new Error(`import refused: ${JSON.stringify(check.issues.slice(0, 3))}`);
    await handle.db.transaction().execute((trx) => upsertPlan(trx, handle.dialect, check.plan, new Date().toISOString()));
    const done = performance.now();
    const cpuUsed = cpuSeconds(cpu);
    const count = Number((await handle.db.selectFrom('indicator_value').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const s = (ms: number) => (ms / 1000).toFixed(2);
    return `| ${name} | ${check.plan.size.toLocaleString('en')} | ${count.toLocaleString('en')} | ${(Buffer.byteLength(text) / 1e6).toFixed(1)} | ${s(checked - started)} | ${s(done - checked)} | ${s(done - started)} | ${cpuUsed.toFixed(2)} | ${before} | ${memoryOf(process.pid).peakMb} |`;
  } finally {
    await handle.close();
  }
}

// The command a statistics office runs (`npx cocity indicators import FILE`): compiled code in a process of its own,
// timed from spawn to exit, with the peak memory it reports itself. The database is ready (migrated, with the
// neighbourhoods the file names), as a city's is.
async function runCommand(csvFile: string): Promise<string> {
  const url = `sqlite:${join(dataDir, 'command.sqlite')}`;
  const handle = connectDatabase(url);
  await prepare(handle);
  await handle.close();
  const run = runOnce([...shebangFlags(), 'bin/cocity.js', 'indicators', 'import', csvFile], { DATABASE_URL: url, LOG_LEVEL: 'warn' });
  return `| \`cocity indicators import\` (SQLite, whole command: start, migrate check, read, import) | ${VALUES.toLocaleString('en')} | | | | | ${(run.wallMs / 1000).toFixed(2)} | ${(run.cpuMs / 1000).toFixed(2)} | | ${run.peakMb.toFixed(0)} |`;
}

const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-indicators-'));
try {
  const csvFile = join(dataDir, 'values.csv');
  const rows = [await run('SQLite file (WAL)', `sqlite:${join(dataDir, 'bench.sqlite')}`, csvFile)];
  rows.push(await runCommand(csvFile));
  if (process.env.BENCH_POSTGRES_URL) rows.push(await run('PostgreSQL', process.env.BENCH_POSTGRES_URL, csvFile));
  console.log(`Import of ${VALUES.toLocaleString('en')} indicator values from CSV, checked then written in one transaction. Target (issue 13): < 5 s, < 300 MB.`);
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} (CPU seconds are what a busy shared machine does not inflate). Peak RSS: the whole process during the import (VmHWM reset once the file is read), the file's text included.`);
  console.log('');
  console.log('| database | values imported | rows in the table | CSV MB | check s | write s | total s | CPU s | RSS before MB | peak RSS MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(r);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
