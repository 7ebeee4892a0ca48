/**
 * The ballot box under load: casting (register row + pool row, a mix every 10 ballots, the SQLite WAL
 * truncated after each mix) and sealing at the count (the whole urn rewritten in one random order), on
 * SQLite (a file, as in production) and on PostgreSQL (DATABASE_URL or --pg URL; skipped with a note
 * when unreachable). Usage: node --import tsx bench/ballots.ts [--pg URL]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { connectDatabase, type DatabaseHandle } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { runOnServer, withDatabase } from '../src/db/postgres-admin.ts';
import { benchPostgresUrl, reachable } from './postgres.ts';
import { ballotsToCount } from '../src/modules/budgets/ballot-box.ts';
import { createBudgetFixture } from '../src/modules/budgets/test-fixture.ts';
import { recordBallot, type BallotDeps } from '../src/modules/budgets/voting-service.ts';

const pgUrl = benchPostgresUrl;
const CASTS = 2_000;
const URN_SIZES = [1_000, 10_000, 50_000];

interface Row {
  database: string;
  step: string;
  ballots: number;
  ms: number;
  /** CPU time of this process (user + system): unaffected by waiting for a busy machine; the database server's own work is not in it. */
  cpuMs: number;
}

async function timed(run: () => Promise<unknown>, per = 1): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await run();
  const used = process.cpuUsage(cpu);
  return { ms: (performance.now() - started) / per, cpuMs: (used.user + used.system) / 1000 / per };
}

// Voters are register keys only: accounts and sign-in are not what is measured here.
async function measure(database: string, handle: DatabaseHandle): Promise<Row[]> {
  await migrateDatabase(handle);
  const config = { ...loadConfig({ DATABASE_URL: 'sqlite::memory:', AUTH_SECRET: randomBytes(24).toString('hex') }) };
  const deps: BallotDeps = { db: handle.db, config, log: pino({ level: 'silent' }) };
  const rows: Row[] = [];
  const cast = async (budgetId: string, n: number) => {
    for (let i = 0; i < n; i++) {
      const key = `bench:${randomBytes(8).toString('hex')}`;
      await recordBallot(deps, budgetId, { key, keys: [key], channel: 'online', lockUserId: null }, { ids: ['1', '4'] }, randomBytes(10).toString('hex'));
    }
  };
  const casting = await createBudgetFixture(handle.db);
  rows.push({ database, step: `cast (per ballot, ${CASTS} in a row, a mix every 10)`, ballots: CASTS, ...(await timed(() => cast(casting.budgetId, CASTS), CASTS)) });
  for (const size of URN_SIZES) {
    const f = await createBudgetFixture(handle.db);
    // The urn is filled directly (as earlier mixes would have left it), then a few ballots wait in the pool.
    for (let i = 0; i < size - 5; i += 500) {
      const chunk = Array.from({ length: Math.min(500, size - 5 - i) }, () => ({ id: randomUUID(), budget_id: f.budgetId, choices: '["1","4"]', receipt_hash: randomBytes(32).toString('hex') }));
      await handle.db.insertInto('budget_ballot').values(chunk).execute();
    }
    await cast(f.budgetId, 5);
    let counted: string[] = [];
    const time = await timed(async () => (counted = await ballotsToCount(handle.db, f.budgetId)));
    rows.push({ database, step: 'seal and read for counting', ballots: counted.length, ...time });
  }
  return rows;
}

const rows: Row[] = [];
const dir = mkdtempSync(join(tmpdir(), 'cocity-bench-ballots-'));
const sqlite = connectDatabase(`sqlite:${join(dir, 'cocity.sqlite')}`);
try {
  rows.push(...(await measure('SQLite', sqlite)));
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
if (await reachable(pgUrl)) {
  const name = `cocity_bench_ballots_${randomBytes(4).toString('hex')}`;
  await runOnServer(pgUrl, `CREATE DATABASE ${name}`);
  const postgres = connectDatabase(withDatabase(pgUrl, name));
  try {
    rows.push(...(await measure('PostgreSQL', postgres)));
  } finally {
    await postgres.close();
    await runOnServer(pgUrl, `DROP DATABASE IF EXISTS ${name}`);
  }
} else {
  console.log(`PostgreSQL not reachable at ${pgUrl}: measured on SQLite only.\n`);
}
const shown = (ms: number) => ms.toFixed(ms < 10 ? 2 : 0);
console.log('| database | step | ballots | ms | CPU ms (this process) |');
console.log('|---|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.database} | ${r.step} | ${r.ballots} | ${shown(r.ms)} | ${shown(r.cpuMs)} |`);
