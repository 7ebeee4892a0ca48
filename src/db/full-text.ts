/**
 * Full-text search behind one set of functions: SQLite FTS5 or PostgreSQL tsvector, chosen from the
 * Kysely instance itself. Each index is a side table `fts_<name>(doc_id, content)`; callers keep it
 * in step with their rows (index on create/edit) and filter with `matchesFullText`.
 * Text is folded (lower case, no accents) in JS before it reaches either database, so "Écoles"
 * finds "ecole" the same way on both.
 */
import { type Expression, type Kysely, PostgresAdapter, type SqlBool, sql } from 'kysely';

/** Which database a Kysely instance (or transaction) talks to. */
export function dialectOf(db: Kysely<any>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

const safeName = (name: string): string => {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Invalid full-text index name: ${name}`);
  return `fts_${name}`;
};

/** Lower case, accents removed: the form stored and searched on both databases. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search, folded; punctuation and operators are dropped so no query syntax leaks through. */
export function searchWords(query: string): string[] {
  return (foldText(query).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** Creates the side table of an index (call from a migration). */
export async function createFullTextIndex(db: Kysely<any>, name: string): Promise<void> {
  const table = safeName(name);
  if (dialectOf(db) === 'sqlite') {
    await sql`create virtual table ${sql.raw(table)} using fts5(doc_id unindexed, content, tokenize = 'unicode61')`.execute(db);
    return;
  }
  await sql`create table ${sql.raw(table)} (doc_id text primary key, content text not null, document tsvector generated always as (to_tsvector('simple', content)) stored)`.execute(db);
  await sql`create index ${sql.raw(`${table}_document`)} on ${sql.raw(table)} using gin (document)`.execute(db);
}

/** Drops the side table of an index (migration down). */
export async function dropFullTextIndex(db: Kysely<any>, name: string): Promise<void> {
  await sql`drop table if exists ${sql.raw(safeName(name))}`.execute(db);
}

/** Stores (or replaces) the searchable text of one document. */
export async function indexFullText(db: Kysely<any>, name: string, docId: string, text: string): Promise<void> {
  const table = sql.raw(safeName(name));
  await sql`delete from ${table} where doc_id = ${docId}`.execute(db);
  await sql`insert into ${table} (doc_id, content) values (${docId}, ${foldText(text)})`.execute(db);
}

/** Stores many documents at once (seeding, benchmarks): one statement per chunk. */
export async function indexFullTextMany(db: Kysely<any>, name: string, docs: { id: string; text: string }[]): Promise<void> {
  const table = sql.raw(safeName(name));
  for (let i = 0; i < docs.length; i += 400) {
    const rows = docs.slice(i, i + 400).map((d) => sql`(${d.id}, ${foldText(d.text)})`);
    if (rows.length) await sql`insert into ${table} (doc_id, content) values ${sql.join(rows)}`.execute(db);
  }
}

/**
 * A condition "this id's document contains every word of the query (as prefixes)", for a where clause.
 * Returns null when the query has no words, so callers can skip the filter.
 */
export function matchesFullText(db: Kysely<any>, name: string, idColumn: Expression<string> | string, query: string): Expression<SqlBool> | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const table = sql.raw(safeName(name));
  const id = typeof idColumn === 'string' ? sql.ref(idColumn) : idColumn;
  if (dialectOf(db) === 'sqlite') {
    const match = words.map((w) => `"${w}"*`).join(' ');
    return sql<SqlBool>`${id} in (select doc_id from ${table} where ${table} match ${match})`;
  }
  const tsquery = words.map((w) => `${w}:*`).join(' & ');
  return sql<SqlBool>`${id} in (select doc_id from ${table} where document @@ to_tsquery('simple', ${tsquery}))`;
}
