import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runOnServer, withDatabase } from '../src/db/postgres-admin.ts';

const pgFlag = process.argv.indexOf('--pg');
/** The PostgreSQL server benchmarks use: `--pg URL`, else DATABASE_URL when it names one, else the local test server. */
export const benchPostgresUrl = pgFlag >= 0 ? process.argv[pgFlag + 1] : (process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgres://postgres@127.0.0.1:55432/postgres');

/** Whether a PostgreSQL server answers at `url` (benchmarks skip PostgreSQL with a note when it does not). */
export async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `work` on a new database of the benchmark's PostgreSQL server, dropped afterwards. */
export async function withScratchDatabase<T>(prefix: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await runOnServer(benchPostgresUrl, `CREATE DATABASE ${name}`);
  try {
    return await work(withDatabase(benchPostgresUrl, name));
  } finally {
    await runOnServer(benchPostgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}
