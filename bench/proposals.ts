/**
 * Proposals under load: 10,000 proposals, 200,000 supports, 50,000 comments; list (plain, by neighbourhood,
 * searched), a proposal page with 200 comments, and the support action by signed-in residents, on SQLite
 * and on PostgreSQL (DATABASE_URL or --pg URL; default tries the local server and skips it with a note).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { migrateDatabase } from '../src/modules/index.ts';
import { runOnServer, withDatabase } from '../src/db/postgres-admin.ts';
import { benchPostgresUrl, reachable } from './postgres.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { type BenchData, seedProposalLoad } from './proposals-seed.ts';
import { load, type LoadResult, memoryOf, printTable, startBenchServer } from './server.ts';

const SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const pgUrl = benchPostgresUrl;

/** Signed-in residents each support many different proposals; every request is a new (person, proposal) pair. */
async function supportLoad(baseUrl: string, data: BenchData): Promise<{ result: LoadResult; redirects: number }> {
  let next = 0;
  const people = data.cookies.length;
  const instance = autocannon({
    url: baseUrl,
    connections: 50,
    duration: 8,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const i = next++;
          const person = i % people;
          // Person p walks the proposals from its own offset, so no pair is ever sent twice.
          const proposal = data.proposalIds[(Math.floor(i / people) + person * 13) % data.proposalIds.length];
          return { ...req, path: `/proposals/${proposal}/support`, headers: { cookie: data.cookies[person], origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' }, body: '' };
        },
      },
    ],
  });
  const r = await instance;
  const redirects = Number((r.statusCodeStats as Record<string, { count: number }>)['303']?.count ?? 0);
  return { result: { name: 'support action (POST, 303)', requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx - redirects }, redirects };
}

async function runOn(label: string, databaseUrl: string | null, cleanup: () => Promise<void>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cocity-bench-proposals-'));
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '', COCITY_DEMO: '1', AUTH_SECRET: SECRET };
  const config = loadConfig({ ...process.env, ...env });
  const handle = connectDatabase(config.databaseUrl);
  try {
    await migrateDatabase(handle);
    await seedDemoCityIfEmpty(handle, config);
    const started = Date.now();
    const data = await seedProposalLoad(handle.db, SECRET);
    console.log(`${label}: seeded 10,000 proposals, 200,000 supports, 50,000 comments in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const { child, baseUrl } = await startBenchServer(env);
    try {
      const rows = [
        // The home page is cached and cheap: its numbers show how busy the machine is during this run.
        await load('reference: home page /', `${baseUrl}/`),
        await load('proposals list, unfiltered', `${baseUrl}${data.listPath}`),
        await load('proposals list, one neighbourhood', `${baseUrl}${data.listPath}?neighbourhood=${data.hoodId}`),
        await load('proposals list, searched ("arbres ombre")', `${baseUrl}${data.listPath}?q=arbres+ombre`),
        await load('proposal page with 200 comments', `${baseUrl}/proposals/${data.busyProposalId}`),
      ];
      const before = await handle.db.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', 'in', data.benchUserIds).executeTakeFirstOrThrow();
      const support = await supportLoad(baseUrl, data);
      rows.push(support.result);
      const mem = memoryOf(child.pid!);
      printTable(`${label}: 10,000 proposals, 50 concurrent connections, 8 s each (autocannon)`, rows);
      // Requests still in flight when autocannon stopped finish on the server: let them land before counting.
      await new Promise((r) => setTimeout(r, 3000));
      const after = await handle.db.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', 'in', data.benchUserIds).executeTakeFirstOrThrow();
      const totals = await handle.db.selectFrom('proposal').select((eb) => eb.fn.sum<number>('supports_count').as('n')).executeTakeFirstOrThrow();
      const allRows = await handle.db.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const added = Number(after.n) - Number(before.n);
      const consistent = added >= support.redirects && Number(totals.n) === Number(allRows.n);
      console.log(
        `supports: ${support.redirects} answered 303 within the run, ${added} new rows (requests in flight at the end land too); ` +
          `sum of counters ${Number(totals.n)} vs ${Number(allRows.n)} rows: ${consistent ? 'nothing lost, nothing counted twice' : 'MISMATCH'}`,
      );
      console.log(`server memory: RSS ${mem.rssMb} MB now, peak ${mem.peakMb} MB (VmHWM)\n`);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
    await cleanup();
  }
}

await runOn('SQLite', null, async () => undefined);
if (await reachable(pgUrl)) {
  const name = `cocity_bench_${randomBytes(4).toString('hex')}`;
  await runOnServer(pgUrl, `CREATE DATABASE ${name}`);
  await runOn('PostgreSQL', withDatabase(pgUrl, name), () => runOnServer(pgUrl, `DROP DATABASE IF EXISTS ${name}`));
} else {
  console.log(`PostgreSQL: skipped (${pgUrl.replace(/\/\/[^@]*@/, '//')} not reachable; pass --pg URL or DATABASE_URL)`);
}
console.log('targets on SQLite: list p99 < 100 ms; support > 500 actions/s with nothing lost');
console.log('for comparison: Decidim pull request #13701 reports about 7.4 s to render a list of ~900 proposals (one request).');
