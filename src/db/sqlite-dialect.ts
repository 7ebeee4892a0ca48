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

/** Prepared statements kept per connection: preparing costs about as much as running a small query. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The one connection of a process, keeping its prepared statements (by SQL text; SQLite prepares a statement
 * again by itself after a schema change). A statement outside a transaction that found the database locked
 * changed nothing: it is tried again. Inside a transaction it is not (what the transaction read may be
 * stale): the transaction fails whole.
 */
class SharedSqliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, SqliteDatabase.Statement>();

  constructor(
    private readonly sqlite: SqliteDatabase.Database,
    private readonly waits: Waits,
  ) {}

  private prepared(sqlText: string): SqliteDatabase.Statement {
    let statement = this.statements.get(sqlText);
    if (!statement) {
      statement = this.sqlite.prepare(sqlText);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sqlText, statement);
    }
    return statement;
  }

  private run<R>({ sql: text, parameters }: CompiledQuery): QueryResult<R> {
    const statement = this.prepared(text);
    if (statement.reader) return { rows: statement.all(parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const deadline = Date.now() + this.waits.retryForMs;
    for (let pause = this.waits.firstPauseMs; ; pause = Math.min(pause * 2, this.waits.longestPauseMs)) {
      try {
        return this.run<R>(query);
      } catch (error) {
        if (!isSqliteBusy(error) || this.sqlite.inTransaction || Date.now() + pause > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
      }
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    for (const row of this.prepared(query.sql).iterate(query.parameters)) yield { rows: [row as R] };
  }
}

/**
 * Transactions start with BEGIN IMMEDIATE: they take the write lock first, so what they read cannot be
 * changed by another process before they write. A plain BEGIN reads on a snapshot and fails at its
 * first write (SQLITE_BUSY_SNAPSHOT, no waiting possible) if another process committed in between,
 * which several server processes on one file (node:cluster workers) make common.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  private readonly connection: SharedSqliteConnection;

  constructor(sqlite: SqliteDatabase.Database, waits: Waits) {
    super({ database: sqlite });
    this.connection = new SharedSqliteConnection(sqlite, waits);
  }

  /** Kysely's own connection is not used: only its turn-taking (one query or transaction at a time). */
  override async acquireConnection(): Promise<DatabaseConnection> {
    await super.acquireConnection();
    return this.connection;
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
