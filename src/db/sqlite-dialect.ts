import type SqliteDatabase from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';

/**
 * How long a statement waits for another process's write lock: first inside SQLite (`busy_timeout`, a
 * synchronous wait that holds the whole event loop, so it is kept short), then by trying again after
 * growing pauses that let this process serve other requests meanwhile, up to `retryForMs` in all. Writes
 * hold the lock for milliseconds; a lock held longer (a backup, a stuck process) ends in SQLITE_BUSY,
 * which the app answers with 503 and Retry-After (db/unavailable.ts).
 */
export const sqliteWaits = { busyTimeoutMs: 100, firstPauseMs: 5, longestPauseMs: 250, retryForMs: 2_000 } as const;

/** True for SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY...). */
export function isSqliteBusy(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_BUSY');
}

type Waits = { readonly [K in keyof typeof sqliteWaits]: number };

/**
 * A statement outside a transaction that found the database locked changed nothing: it is tried again.
 * Inside a transaction it is not (what the transaction read may be stale): the transaction fails whole.
 */
function retryingConnection(inner: DatabaseConnection, sqlite: SqliteDatabase.Database, waits: Waits): DatabaseConnection {
  return {
    async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
      const deadline = Date.now() + waits.retryForMs;
      for (let pause = waits.firstPauseMs; ; pause = Math.min(pause * 2, waits.longestPauseMs)) {
        try {
          return await inner.executeQuery<R>(query);
        } catch (error) {
          if (!isSqliteBusy(error) || sqlite.inTransaction || Date.now() + pause > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
        }
      }
    },
    streamQuery: (query, chunkSize) => inner.streamQuery(query, chunkSize),
  };
}

/**
 * Transactions start with BEGIN IMMEDIATE: they take the write lock first, so what they read cannot be
 * changed by another process before they write. A plain BEGIN reads on a snapshot and fails at its
 * first write (SQLITE_BUSY_SNAPSHOT, no waiting possible) if another process committed in between,
 * which several server processes on one file (node:cluster workers) make common.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly waits: Waits,
  ) {
    super({ database: sqlite });
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    return retryingConnection(await super.acquireConnection(), this.sqlite, this.waits);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely's SQLite dialect over one better-sqlite3 connection whose file other processes also write
 * (see ImmediateSqliteDriver); it sets the connection's busy_timeout from `waits`.
 */
export class SharedSqliteDialect extends SqliteDialect {
  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly waits: Waits = sqliteWaits,
  ) {
    super({ database: sqlite });
    sqlite.pragma(`busy_timeout = ${waits.busyTimeoutMs}`);
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.sqlite, this.waits);
  }
}
