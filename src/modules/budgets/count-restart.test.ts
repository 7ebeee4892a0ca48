// The real server (`bin/cocity.js serve`, compiled) stopped by SIGTERM in the middle of a long count, then
// started again on the same database: the count is handed back whole and the next start finishes it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';
import { startServer, type RunningServer } from '../../../test/support/server.ts';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.ts';
import { readPabulib } from '../../engines/budgeting/index.ts';
import { migrateDatabase } from '../index.ts';
import { claimCount, findCount, queueCount, releaseCount } from './count-jobs.ts';
import { findResult } from './queries.ts';
import { createBudgetFixture, fillFromElection, type BudgetFixture } from './test-fixture.ts';

let dataDir: string;
let handle: DatabaseHandle;
let f: BudgetFixture;

async function waitFor(what: string, test: () => Promise<boolean>, server: RunningServer): Promise<void> {
  for (let tries = 0; !(await test()); tries++) {
    if (tries > 3_000 || !server.alive()) throw new Error(`gave up waiting for ${what}: ${server.output()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const startOnTestData = () => startServer({ COCITY_DEMO: '0' }, { dataDir });
const auditEntries = () => handle.db.selectFrom('audit_log').select('id').where('action', '=', 'budget.count').where('target_id', '=', f.budgetId).execute();
const countRow = () => handle.db.selectFrom('budget_count').selectAll().where('budget_id', '=', f.budgetId).executeTakeFirstOrThrow();

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'cocity-count-restart-'));
  handle = connectDatabase(`sqlite:${join(dataDir, 'cocity.sqlite')}`);
  await migrateDatabase(handle);
  f = await createBudgetFixture(handle.db, { votingEnabled: false, settings: { ballotType: 'approval', minProjects: 1 } });
  await fillFromElection(handle.db, f, readPabulib(readFileSync(new URL('Poland_Warszawa_2026.pb', pabulibFixtures), 'utf8')));
  const now = new Date().toISOString();
  const adminId = 'count-restart-admin';
  await handle.db.insertInto('user').values({ id: adminId, name: 'Admin', email: 'admin@example.org', emailVerified: 1, image: null, createdAt: now, updatedAt: now, role: 'admin', locale: null, deletedAt: null }).execute();
  // A count a previous server handed back when it stopped: the next server takes it up as it starts.
  const attempt = (await queueCount(handle.db, f.budgetId, adminId))!;
  await claimCount(handle.db, f.budgetId, attempt);
  await releaseCount(handle.db, f.budgetId, attempt);
}, 120_000);

afterAll(async () => {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
});

it('a SIGTERM in the middle of a count hands it back whole; the next start finishes it', async () => {
  const first = await startOnTestData();
  await waitFor('the count to be searching', async () => Number((await countRow()).mes_runs) > 0, first);
  // The engine runs in a worker thread: the server keeps answering during the count.
  expect((await fetch(`${first.baseUrl}/healthz`)).status).toBe(200);
  expect((await countRow()).state).toBe('running');
  expect(await first.stop()).toBe(0);
  const handedBack = await countRow();
  expect([handedBack.state, handedBack.heartbeat_at, handedBack.resumes]).toEqual(['queued', new Date(0).toISOString(), 1]);
  expect(await findResult(handle.db, f.budgetId)).toBeUndefined();
  expect(await auditEntries()).toHaveLength(0);

  const second = await startOnTestData();
  await waitFor('the count to end', async () => ['done', 'failed'].includes((await countRow()).state), second);
  expect(await second.stop()).toBe(0);
  const status = await findCount(handle.db, f.budgetId);
  expect([status?.state, status?.resumes]).toEqual(['done', 2]);
  expect((await findResult(handle.db, f.budgetId))?.ballot_count).toBe(61_668);
  expect(await auditEntries()).toHaveLength(1);
}, 300_000);
