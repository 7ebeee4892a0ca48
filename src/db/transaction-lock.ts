import { sql, type Transaction } from 'kysely';
import type { DialectName } from './connect.ts';
import type { Database } from './schema.ts';

/**
 * Makes transactions that name the same key run one after the other, so a check followed by a write
 * (is there budget left? then spend it) cannot interleave with another. PostgreSQL: a transaction-level
 * advisory lock, released at commit or rollback. SQLite: nothing to do, the app's single connection
 * already runs one transaction at a time, and every transaction takes the database's write lock at its
 * start (BEGIN IMMEDIATE, sqlite-dialect.ts), so other processes' transactions wait for it.
 */
export async function lockUntilCommit(trx: Transaction<Database>, dialect: DialectName, key: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
