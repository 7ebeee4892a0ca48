import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import type { DatabaseHandle } from './connect.ts';

// Any fixed 64-bit number: PostgreSQL scopes advisory locks to the database, so only cocity's own instances meet here.
const POSTGRES_LOCK_KEY = '4242026017000190001';
const SQLITE_WAIT_MS = 120_000;

/**
 * Runs `work` while no other cocity process runs its own `work` on the same database: instances started at
 * the same moment migrate and seed one after the other. PostgreSQL: a session advisory lock on a connection of
 * its own. SQLite: an exclusive transaction on a small lock file beside the database (`<file>-startup-lock`),
 * because a lock on the database itself would block the work. Both are released if the process dies.
 */
export async function withStartupLock<T>(handle: DatabaseHandle, work: () => Promise<T>): Promise<T> {
  if (handle.dialect === 'postgres') {
    return handle.db.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(${POSTGRES_LOCK_KEY}::bigint)`.execute(connection);
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${POSTGRES_LOCK_KEY}::bigint)`.execute(connection);
      }
    });
  }
  const { rows } = await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(handle.db);
  const file = rows[0]?.file ?? '';
  if (file === '') return work(); // in memory: no other process can open it
  const lock = await acquireSqliteLock(`${file}-startup-lock`);
  try {
    return await work();
  } finally {
    lock.exec('COMMIT');
    lock.close();
  }
}

/** Opens the lock file and takes its exclusive lock, waiting (without blocking the event loop) while another process holds it. */
async function acquireSqliteLock(path: string): Promise<SqliteDatabase.Database> {
  const lock = new SqliteDatabase(path);
  lock.pragma('busy_timeout = 0');
  const deadline = Date.now() + SQLITE_WAIT_MS;
  for (;;) {
    try {
      lock.exec('BEGIN EXCLUSIVE');
      return lock;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) {
        lock.close();
        if (Date.now() > deadline) throw new Error(`another cocity process has held ${path} for ${SQLITE_WAIT_MS / 1000} s (migrating or seeding): wait for it, or stop it`);
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
