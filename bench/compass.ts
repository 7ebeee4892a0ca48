/** Compass benchmark: the compass page and API with 200 initiatives and 20,000 assessments, SQLite, 50 connections. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { assessmentPoint, criterionKeys } from '../src/modules/compass/criteria.ts';
import { stakeholderGroups } from '../src/modules/compass/groups.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { load, printTable, serverMemoryLine, startBenchServer } from './server.ts';

const INITIATIVES = 200;
const ASSESSMENTS = 20_000;
const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '1' };
const config = loadConfig({ ...process.env, ...env });
const handle = connectDatabase(config.databaseUrl);
await migrateDatabase(handle);
await seedDemoCityIfEmpty(handle, config);
await addPortfolio();
await handle.close();

const { child, baseUrl } = await startBenchServer(env);
try {
  const rows = [
    await load('compass page /compass', `${baseUrl}/compass`),
    await load('compass filtered /compass?group=associations&neighbourhood=la-gare', `${baseUrl}/compass?group=associations&neighbourhood=la-gare`),
    await load('API /api/v1/compass', `${baseUrl}/api/v1/compass`),
    await load('initiative page', `${baseUrl}/compass/initiatives/bench-initiative-7`),
  ];
  const memory = serverMemoryLine(child.pid!);
  printTable(`${INITIATIVES + 10} published initiatives, ${ASSESSMENTS + 10 * 20} assessments, SQLite, 50 concurrent connections, 8 s each (autocannon)`, rows);
  console.log(memory);
  console.log('target: the compass page p99 < 200 ms');
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

// Assessments are written straight into the table (the same columns the service writes), in batches.
async function addPortfolio() {
  const now = new Date().toISOString();
  const hoods = await handle.db.selectFrom('neighbourhood').select('id').execute();
  let state = 42;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const ids: string[] = [];
  await handle.db.transaction().execute(async (trx) => {
    for (let i = 0; i < INITIATIVES; i++) {
      const id = randomUUID();
      ids.push(id);
      await trx
        .insertInto('compass_initiative')
        .values({ id, slug: `bench-initiative-${i}`, title_fr: `Initiative n° ${i}`, title_en: `Initiative #${i}`, description_fr: 'Initiative de mesure.', description_en: 'Benchmark initiative.', scope: i % 3 ? 'neighbourhoods' : 'city', budget: 10_000 + (i % 17) * 25_000, starts_on: null, ends_on: null, status: 'running', published: 1, assessment_open: 1, proposed_by: null, proposed_for: null, created_at: now, updated_at: now })
        .execute();
      if (i % 3) await trx.insertInto('compass_initiative_neighbourhood').values({ initiative_id: id, neighbourhood_id: hoods[i % hoods.length].id }).execute();
      await trx.insertInto('compass_initiative_dimension').values({ initiative_id: id, dimension: ['economy', 'people', 'governance', 'mobility', 'environment', 'living'][i % 6] }).execute();
    }
    const batch = [];
    for (let n = 0; n < ASSESSMENTS; n++) {
      const answers = Object.fromEntries(criterionKeys.map((k) => [k, 1 + Math.floor(random() * 5)]));
      const p = assessmentPoint(answers);
      batch.push({ id: randomUUID(), initiative_id: ids[n % INITIATIVES], assessor_key: `user:bench-${n}`, user_id: null, organisation_id: null, stakeholder_group: stakeholderGroups[Math.floor(n / INITIATIVES) % stakeholderGroups.length], answers: JSON.stringify(answers), digital_business: p.digitalBusiness, eco_city: p.ecoCity, ethic_human: p.ethicHuman, created_at: now, superseded_at: null });
      if (batch.length === 500) await trx.insertInto('compass_assessment').values(batch.splice(0)).execute();
    }
  });
}
