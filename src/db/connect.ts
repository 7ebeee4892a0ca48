import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { SharedSqliteDialect } from './sqlite-dialect.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
  /** Tells `listener` about connections the server dropped (restart, failover, idle timeout of a proxy). */
  onConnectionLost(listener: (err: Error) => void): void;
}

// COUNT(*) is bigint in PostgreSQL; our counts never exceed 2^53, so read them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export function connectDatabase(url: string): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  // A connection attempt gives up after 5 s (a request then fails with 503 instead of hanging while the
  // server is away); TCP keep-alive notices a peer that vanished without closing.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, keepAlive: true });
  const listeners: ((err: Error) => void)[] = [];
  // Without these listeners, one backend terminated by the server (or a proxy's idle timeout) is an
  // unhandled 'error' event that kills the process. The pool drops the broken client by itself; queries on
  // it have already failed, and the next ones open a new connection once the server answers again.
  pool.on('error', () => undefined); // idle clients: reported through their own listener below
  pool.on('connect', (client) => client.on('error', (err: Error) => listeners.forEach((listener) => listener(err))));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    onConnectionLost: (listener) => listeners.push(listener),
    async close() {
      if (closed) return;
      closed = true;
      // kysely.destroy() ends the pool only if a query ran; end it ourselves otherwise.
      await db.destroy().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL: one writer and many readers at once, across processes too (`cocity serve` runs one per core).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  // Deleted rows are overwritten with zeros, not left in free space: a ballot leaving the ballot pool
  // must not stay readable in the file in the order it was cast.
  sqlite.pragma('secure_delete = ON');
  // Sets busy_timeout, starts transactions with BEGIN IMMEDIATE and retries statements that found the file locked.
  const db = new Kysely<Database>({ dialect: new SharedSqliteDialect(sqlite) });
  // An embedded file has no connection to lose.
  return { db, dialect: 'sqlite', close: () => db.destroy(), onConnectionLost: () => undefined };
}
