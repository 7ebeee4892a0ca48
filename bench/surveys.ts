/** Survey results with 10,000 answers: the results page and its API, SQLite, 50 connections (issue 13: p99 < 200 ms). */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { applyQualityOfLifeTemplate } from '../src/modules/surveys/manage-service.ts';
import { listQuestions } from '../src/modules/surveys/queries.ts';
import { dropIntoPool, sealResponses, type BoxedResponse } from '../src/modules/surveys/response-box.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { load, printTable, serverCpuSecondsOf, serverMemoryLine, startBenchServer, type LoadResult } from './server.ts';

const ANSWERS = 10_000;
const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-surveys-'));
const env = { DATA_DIR: dataDir, DATABASE_URL: '', COCITY_DEMO: '1' };
const config = loadConfig({ ...process.env, ...env });
const handle = connectDatabase(config.databaseUrl);
await migrateDatabase(handle);
await seedDemoCityIfEmpty(handle, config);
const componentId = await addSurveyWithAnswers();
await handle.close();

const { child, baseUrl } = await startBenchServer(env);
try {
  // The first request seals nothing more (the survey is sealed above); it warms the caches like a first reader.
  await fetch(`${baseUrl}/surveys/${componentId}/results`);
  // Server CPU per request (from /proc) does not depend on how busy the shared machine is; throughput and latency do.
  const cpuPerRequest: string[] = [];
  const measured = async (name: string, url: string): Promise<LoadResult> => {
    const before = serverCpuSecondsOf(child.pid!);
    const result = await load(name, url);
    cpuPerRequest.push(`| ${name} | ${((1000 * (serverCpuSecondsOf(child.pid!) - before)) / Math.max(1, result.requests ?? 0)).toFixed(2)} |`);
    return result;
  };
  const rows = [
    await measured('home page / (for comparison)', `${baseUrl}/`),
    await measured(`results page, ${ANSWERS.toLocaleString('en')} answers`, `${baseUrl}/surveys/${componentId}/results`),
    await measured('results API (JSON)', `${baseUrl}/api/v1/surveys/${componentId}/results`),
    await measured('results CSV', `${baseUrl}/surveys/${componentId}/results.csv`),
  ];
  const memory = serverMemoryLine(child.pid!);
  printTable(`A closed quality-of-life survey (13 questions) with ${ANSWERS.toLocaleString('en')} anonymous answers, SQLite, 50 concurrent connections, 8 s each (autocannon)`, rows);
  console.log('| page | server CPU ms per request (all server processes) |');
  console.log('|---|---:|');
  for (const line of cpuPerRequest) console.log(line);
  console.log('');
  console.log(`${memory}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
  console.log('target (issue 13): results page p99 < 200 ms at 50 connections');
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

// A survey in the demo barometer process, answered last year by 10,000 people, then sealed as at its close.
async function addSurveyWithAnswers(): Promise<string> {
  const { db } = handle;
  const process = await db.selectFrom('process').select('id').where('slug', '=', 'barometre-qualite-de-vie').executeTakeFirstOrThrow();
  const firstPhase = await db.selectFrom('phase').select('id').where('process_id', '=', process.id).orderBy('position').executeTakeFirstOrThrow();
  const id = randomUUID();
  const settings = { global: { anonymous: true }, phases: { [firstPhase.id]: { answersEnabled: true } } };
  await db.insertInto('component').values({ id, process_id: process.id, type: 'survey', name_fr: 'Enquête du banc d’essai', name_en: 'Benchmark survey', position: 9, settings: JSON.stringify(settings), published: 1, created_at: new Date().toISOString() }).execute();
  await applyQualityOfLifeTemplate(db, id, null);
  const questions = await listQuestions(db, id);
  const hoods = (await db.selectFrom('neighbourhood').select('slug').execute()).map((h) => h.slug);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < ANSWERS; i++) {
      const hood = hoods[i % hoods.length];
      const answers: BoxedResponse['answers'] = questions.flatMap((q, j): [string, string, string][] => {
        if (q.kind === 'neighbourhood') return [[q.id, '', hood]];
        if (q.kind === 'scale') return [[q.id, '', String(1 + ((i * 7 + j * 3) % 5))]];
        return i % 20 === 0 ? [[q.id, '', `Remarque ${i}`]] : [];
      });
      await trx.insertInto('survey_respondent').values({ component_id: id, respondent_key: `pseudonym:bench-${i}`, year: '2025' }).execute();
      await dropIntoPool(trx, id, { neighbourhood: hood, year: '2025', answers });
    }
  });
  await sealResponses(db, id, questions);
  return id;
}
