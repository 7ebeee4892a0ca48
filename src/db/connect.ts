import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setImmediate } from 'node:timers';
import { setImmediate as nextEventLoopTurn } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

// COUNT(*) is bigint in PostgreSQL; our counts never exceed 2^53, so read them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export function connectDatabase(url: string): DatabaseHandle {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    dialect: 'postgres',
    async close() {
      if (closed) return;
      closed = true;
      // kysely.destroy() ends the pool only if a query ran; end it ourselves otherwise.
      await db.destroy().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * better-sqlite3 answers synchronously, so a whole request (its queries and its rendering) runs inside the one
 * I/O callback that read it, and one event-loop turn serves every ready request back to back. libuv accepts one
 * new connection per turn: under load (50 clients, ~30 ready requests of ~7 ms), a client that connected late
 * waited one ~250 ms turn per client ahead of it, up to 5 s (bench/proposals.ts, proposal page p99 4.6 s).
 * So a query waits for the next turn once the current turn has run SLICE_MS: turns stay short, sockets are
 * served, and cheap requests (most turns) pay nothing. The wait comes before the lock, never while holding it:
 * a transaction still runs in one go.
 */
const SLICE_MS = 10;
let turnStartedAt = 0; // 0: no query ran yet in the current turn

function turnElapsed(): number {
  const now = performance.now();
  if (turnStartedAt === 0) {
    turnStartedAt = now;
    setImmediate(() => (turnStartedAt = 0));
  }
  return now - turnStartedAt;
}

class TurnTakingSqliteDriver extends SqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    // Checked again after waiting: requests that all waited for the same turn must not all run in it.
    while (turnElapsed() > SLICE_MS) await nextEventLoopTurn();
    return super.acquireConnection();
  }
}

class TurnTakingSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  constructor(settings: SqliteDialectConfig) {
    super(settings);
    this.#settings = settings;
  }
  override createDriver(): Driver {
    return new TurnTakingSqliteDriver(this.#settings);
  }
}

function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new TurnTakingSqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
