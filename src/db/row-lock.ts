import type { Kysely } from 'kysely';
import { dialectOf } from './full-text.ts';

/**
 * Adds FOR UPDATE to a select on PostgreSQL: inside a transaction the rows it reads stay locked until
 * the end, so a concurrent insert that references them (a ballot, a support) waits instead of slipping
 * between a check and a delete. SQLite runs one write transaction at a time and needs no lock.
 */
export function forUpdate<Q extends { forUpdate(): Q }>(db: Kysely<any>, query: Q): Q {
  return dialectOf(db) === 'postgres' ? query.forUpdate() : query;
}
