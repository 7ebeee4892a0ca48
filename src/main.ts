// Only what every command needs is imported here: `pb` and `opinion` load their engine and nothing of the server.
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { exitWhenWritten, processIo as io } from './cli-output.ts';
import type { WorkerFailed, WorkerReady } from './serve-workers.ts';
import type { StartContext } from './start-errors.ts';

const usage = `Usage: cocity <command>
  serve                 start the web server (migrates, seeds the demo city on first start)
  migrate               bring the database schema up to date
  seed                  fill an empty database with the demo city
  admin create <email>  make a city admin (creates the account if needed)
  pb tally FILE.pb ...  count participatory-budgeting elections (see docs/budgeting.md)
  opinion analyze DIR   analyse a Pol.is export (see docs/opinion-maps.md)
  notifications digest  email the daily notification digests (see docs/guide-resident.md)
  meetings remind       email tomorrow's meeting reminders (see docs/guide-meetings-organiser.md)
  indicators import FILE.csv  import indicator values, all or nothing (see docs/indicators.md)`;

// What the command learnt before it failed, for the one-line explanation.
const known: StartContext & { logLevel?: string } = {};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'pb') return (await import('./cli/pb.ts')).runPbCommand(rest, io);
  if (command === 'opinion') return (await import('./cli/opinion.ts')).runOpinionCommand(rest, io);
  if (command === 'notifications') return (await import('./cli/digest.ts')).runNotificationsCommand(rest, io);
  if (command === 'meetings') return (await import('./cli/meetings.ts')).runMeetingsCommand(rest, io);
  if (command === 'indicators') return (await import('./cli/indicators.ts')).runIndicatorsCommand(rest, io);
  if (command === 'serve') return serve();
  if (!['migrate', 'seed', 'admin'].includes(command ?? '')) {
    io.stderr(usage);
    return command ? 2 : 0;
  }
  // Loaded here, not at the top: `pb` and `opinion` must not pay for loading the whole app.
  const [config, { connectDatabase }, { migrateDatabase }] = await Promise.all([readConfig(), import('./db/connect.ts'), import('./modules/index.ts')]);
  const handle = connectDatabase(config.databaseUrl);
  try {
    if (command === 'migrate') {
      const done = await migrateDatabase(handle);
      io.stdout(done.length ? `Applied: ${done.join(', ')}` : 'Database already up to date.');
    } else if (command === 'seed') {
      await migrateDatabase(handle);
      const { seedDemoCityIfEmpty } = await import('./seed/demo.ts');
      const accounts = await seedDemoCityIfEmpty(handle, config);
      io.stdout(accounts ? 'Demo city created.' : 'The database already has accounts: nothing seeded.');
    } else {
      if (rest[0] !== 'create' || !rest[1]) {
        io.stderr('Usage: cocity admin create <email>');
        return 2;
      }
      await migrateDatabase(handle);
      const { createAdmin } = await import('./seed/admin.ts');
      const result = await createAdmin(handle, config, rest[1]);
      io.stdout(result);
    }
    return 0;
  } finally {
    await handle.close();
  }
}

/** Reads the environment (the stored secret is made here, once, before any worker process starts). */
async function readConfig(): Promise<Config> {
  const { loadConfig } = await import('./config.ts');
  known.dataDir = resolve(process.env.DATA_DIR || './data'); // loadConfig writes the generated secret there
  const config = loadConfig();
  Object.assign(known, { databaseUrl: config.databaseUrl, port: config.port, dataDir: config.dataDir, logLevel: config.logLevel });
  return config;
}

/**
 * `cocity serve`: with several workers, this process only supervises them (serve-workers.ts); each worker, or the
 * one process, migrates and seeds (one at a time, under the start-up lock: the first does the work, the others
 * find it done), listens, then tells its primary it is ready. Resolves with the exit code, or -1 to keep running.
 */
async function serve(): Promise<number> {
  const signals = cluster.isWorker ? (await import('./stop-signals.ts')).stopOnSignals() : null;
  const [{ default: pino }, config] = await Promise.all([import('pino'), readConfig()]);
  const log = pino({ level: config.logLevel });
  if (cluster.isPrimary && config.workers > 1) {
    const { superviseWorkers } = await import('./serve-workers.ts');
    return superviseWorkers({ workers: config.workers, log, onReady: (accounts) => printWelcome(config, accounts), complain: io.stderr });
  }
  const stopper = signals ?? (await import('./stop-signals.ts')).stopOnSignals();
  const [{ connectDatabase }, { migrateDatabase }] = await Promise.all([import('./db/connect.ts'), import('./modules/index.ts')]);
  const handle = connectDatabase(config.databaseUrl);
  // Read now, so an incomplete installation stops the start instead of failing the first register page.
  (await import('./modules/registers/index.ts')).loadDtprVocabulary();
  await migrateDatabase(handle);
  const { seedDemoCity } = await import('./seed/demo.ts');
  const { accounts, created } = config.demo ? await seedDemoCity(handle, config) : { accounts: null, created: false };
  const { startServer } = await import('./server.ts');
  stopper.whenListening(await startServer(config, handle, log));
  if (cluster.isWorker) process.send!({ cocity: 'ready', accounts, seededNow: created } satisfies WorkerReady);
  else printWelcome(config, accounts);
  return -1; // keep running
}

function printWelcome(config: Config, accounts: { email: string; password: string; role: string }[] | null) {
  const processes = config.workers > 1 ? `, ${config.workers} server processes` : '';
  const lines = [`cocity is running at ${config.baseUrl}  (database: ${config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl : 'PostgreSQL'}${processes})`];
  if (accounts?.length) {
    lines.push('Demo accounts (demo city Bellerive):');
    for (const a of accounts) lines.push(`  ${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
  } else if (config.demo) {
    lines.push('Demo accounts: see README.md ("Demo city").');
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Prints why the command failed in one line (exit code 1); the stack goes to the log at debug level. */
async function reportFailure(error: unknown): Promise<number> {
  const [{ describeStartFailure }, { default: pino }] = await Promise.all([import('./start-errors.ts'), import('pino')]);
  const line = describeStartFailure(error, known);
  pino({ level: known.logLevel ?? 'info' }).debug({ err: error }, 'the command failed');
  // A worker's reason goes to its primary, which prints the first one only (every worker would give the same).
  if (cluster.isWorker && process.connected) await new Promise((sent) => process.send!({ cocity: 'failed', line } satisfies WorkerFailed, undefined, {}, sent));
  else io.stderr(line);
  return 1;
}

main(process.argv.slice(2))
  .catch(reportFailure)
  .then((code) => {
    if (code >= 0) return exitWhenWritten(code);
  });
