/**
 * Proposals under load: 10,000 proposals, 200,000 supports, 50,000 comments; list (plain, by neighbourhood,
 * searched), a proposal page with 200 comments, and the support action by signed-in residents, on SQLite
 * and on PostgreSQL (DATABASE_URL or --pg URL; default tries the local server and skips it with a note).
 * First the server time of each page (one request at a time, in process), then the load with one server
 * process and with one per core (COCITY_WORKERS).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/connect.ts';
import { installModules, migrateDatabase, modules } from '../src/modules/index.ts';
import { runOnServer, withDatabase } from '../src/db/postgres-admin.ts';
import { buildDeps } from '../src/platform/deps.ts';
import { benchPostgresUrl, reachable } from './postgres.ts';
import { seedDemoCityIfEmpty } from '../src/seed/demo.ts';
import { pageTimesTable } from './page-times.ts';
import { type BenchData, seedProposalLoad } from './proposals-seed.ts';
import { load, type LoadResult, printTable, serverMemoryLine, startBenchServer } from './server.ts';

const SECRET = 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const pgUrl = benchPostgresUrl;

const workerCounts = [...new Set([1, availableParallelism()])];

/**
 * Signed-in residents each support many different proposals; every request is a new (person, proposal) pair
 * (numbered from `from`, so a later run on the same database sends new pairs).
 */
async function supportLoad(baseUrl: string, data: BenchData, from: number): Promise<{ result: LoadResult; redirects: number; sent: number }> {
  let next = from;
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
  return { result: { name: 'support action (POST, 303)', requestsPerSecond: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx - redirects }, redirects, sent: next - from };
}

/** The server time of each page, one request at a time, through the app built in this process on the same database. */
async function serverTimes(handle: ReturnType<typeof connectDatabase>, config: ReturnType<typeof loadConfig>, data: BenchData): Promise<string> {
  const app = createApp(buildDeps(config, handle, installModules(modules), pino({ level: 'silent' })));
  const signedIn = { cookie: data.cookies[0] };
  return pageTimesTable(app, [
    { name: 'home page /', path: '/' },
    { name: 'proposals list, unfiltered', path: data.listPath },
    { name: 'proposal page with 200 comments', path: `/proposals/${data.busyProposalId}` },
    { name: 'same, signed-in resident (vote, reply and flag forms)', path: `/proposals/${data.busyProposalId}`, headers: signedIn },
    { name: 'same, second page of comments', path: `/proposals/${data.busyProposalId}?comment_page=2` },
  ]);
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
    console.log(`${label}: seeded 10,000 proposals, 200,000 supports, 50,000 comments in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    console.log(`${label}: server time per page (one request at a time, in process; no network, no queue)\n`);
    console.log(`${await serverTimes(handle, config, data)}\n`);
    let supportsSent = 0;
    for (const workers of workerCounts) {
      const { child, baseUrl } = await startBenchServer({ ...env, COCITY_WORKERS: String(workers) });
      try {
        const page = `${baseUrl}/proposals/${data.busyProposalId}`;
        const rows = [
          // The home page is cached and cheap: its numbers show how busy the machine is during this run.
          await load('reference: home page /', `${baseUrl}/`),
          await load('proposals list, unfiltered', `${baseUrl}${data.listPath}`),
          await load('proposals list, one neighbourhood', `${baseUrl}${data.listPath}?neighbourhood=${data.hoodId}`),
          await load('proposals list, searched ("arbres ombre")', `${baseUrl}${data.listPath}?q=arbres+ombre`),
          await load('proposal page with 200 comments', page),
          await load('same, signed-in resident', page, { headers: { cookie: data.cookies[1] } }),
        ];
        const before = await handle.db.selectFrom('proposal_support').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', 'in', data.benchUserIds).executeTakeFirstOrThrow();
        const support = await supportLoad(baseUrl, data, supportsSent);
        supportsSent += support.sent;
        rows.push(support.result);
        const memory = serverMemoryLine(child.pid!);
        const processes = workers === 1 ? 'one server process' : `${workers} server processes (COCITY_WORKERS=${workers})`;
        printTable(`${label}, ${processes}: 10,000 proposals, 50 concurrent connections, 8 s each (autocannon); load average ${loadavg()[0].toFixed(1)}`, rows);
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
        console.log(`${memory}\n`);
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
    await cleanup();
  }
}

console.log(`Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the start.\n`);
await runOn('SQLite', null, async () => undefined);
if (await reachable(pgUrl)) {
  const name = `cocity_bench_${randomBytes(4).toString('hex')}`;
  await runOnServer(pgUrl, `CREATE DATABASE ${name}`);
  await runOn('PostgreSQL', withDatabase(pgUrl, name), () => runOnServer(pgUrl, `DROP DATABASE IF EXISTS ${name}`));
} else {
  console.log(`PostgreSQL: skipped (${pgUrl.replace(/\/\/[^@]*@/, '//')} not reachable; pass --pg URL or DATABASE_URL)`);
}
console.log('targets on SQLite: list p99 < 100 ms; support > 500 actions/s with nothing lost; proposal page p99 < 300 ms at 50 connections and 3x the 154 requests/s of decision 0002 (issue 18)');
console.log('for comparison: Decidim pull request #13701 reports about 7.4 s to render a list of ~900 proposals (one request).');
