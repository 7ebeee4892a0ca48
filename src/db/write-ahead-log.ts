import { sql, type Kysely } from 'kysely';
import { dialectOf } from './full-text.ts';

/**
 * Copies SQLite's write-ahead log into the database file and empties it, so page images of recent
 * transactions (for instance ballots that have just left the ballot pool) do not linger in the
 * `-wal` file. PostgreSQL's write-ahead log belongs to the server and its archiving: nothing to do here.
 * If a reader holds an old snapshot the checkpoint stops early, harmlessly; the next one finishes it.
 */
export async function truncateWriteAheadLog(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return;
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}
