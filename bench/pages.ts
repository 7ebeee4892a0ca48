/** Foundation benchmark: home page and a process page with 200 processes, SQLite, 50 connections. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { load, printTable, serverMemoryLine, startBenchServer } from './server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '1' };
const config = loadConfig({ ...process.env, ...env });
const handle = connectDatabase(config.databaseUrl);
await migrateDatabase(handle);
await seedDemoCityIfEmpty(handle, config);
await addProcesses(197);
await handle.close();

const { child, baseUrl } = await startBenchServer(env);
try {
  const rows = [await load('home page /', `${baseUrl}/`), await load('process page /processes/budget-participatif-2027', `${baseUrl}/processes/budget-participatif-2027`)];
  const memory = serverMemoryLine(child.pid!);
  printTable('200 published processes, SQLite, 50 concurrent connections, 8 s each (autocannon), one server process per core', rows);
  console.log(memory);
  console.log('targets: home > 1,000 requests/s with p99 < 100 ms; RSS < 200 MB per process');
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

async function addProcesses(count: number) {
  const now = new Date().toISOString();
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await handle.db.transaction().execute(async (trx) => {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      await trx
        .insertInto('process')
        .values({ id, slug: `demarche-${i}`, title_fr: `Démarche n° ${i}`, title_en: `Process #${i}`, summary_fr: 'Une démarche de test pour mesurer la page d’accueil.', summary_en: 'A test process to measure the home page.', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
        .execute();
      for (let p = 0; p < 3; p++) {
        await trx.insertInto('phase').values({ id: randomUUID(), process_id: id, position: p, name_fr: `Phase ${p + 1}`, name_en: `Phase ${p + 1}`, description_fr: '', description_en: '', starts_on: day(-30 + p * 30 - (i % 40)), ends_on: day(-1 + p * 30 - (i % 40)) }).execute();
      }
    }
  });
}
