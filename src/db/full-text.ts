/**
 * Full-text search behind one set of functions: SQLite FTS5 or PostgreSQL tsvector, chosen from the
 * Kysely instance itself. Each index lives in side tables named `fts_<name>`; callers keep it in step
 * with their rows (index on create/edit) and filter with `matchesFullText`.
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

/** Creates the side tables of an index (call from a migration). */
export async function createFullTextIndex(db: Kysely<any>, name: string): Promise<void> {
  const table = safeName(name);
  if (dialectOf(db) === 'sqlite') {
    // FTS5 keeps no copy of the text (contentless); an integer key maps its rows to document ids, because
    // reading ids back from FTS5 itself is slow and integer keys make the match a cheap set.
    await sql`create table ${sql.raw(`${table}_doc`)} (rowid integer primary key, doc_id text not null unique)`.execute(db);
    await sql`create virtual table ${sql.raw(table)} using fts5(content, content = '', contentless_delete = 1, tokenize = 'unicode61')`.execute(db);
    return;
  }
  await sql`create table ${sql.raw(table)} (doc_id text primary key, content text not null, document tsvector generated always as (to_tsvector('simple', content)) stored)`.execute(db);
  await sql`create index ${sql.raw(`${table}_document`)} on ${sql.raw(table)} using gin (document)`.execute(db);
}

/** Drops the side tables of an index (migration down). */
export async function dropFullTextIndex(db: Kysely<any>, name: string): Promise<void> {
  await sql`drop table if exists ${sql.raw(safeName(name))}`.execute(db);
  await sql`drop table if exists ${sql.raw(`${safeName(name)}_doc`)}`.execute(db);
}

/** Stores (or replaces) the searchable text of one document. */
export async function indexFullText(db: Kysely<any>, name: string, docId: string, text: string): Promise<void> {
  await indexFullTextMany(db, name, [{ id: docId, text }], true);
}

/** Stores many documents at once (seeding, benchmarks): a few statements per chunk of 400. */
export async function indexFullTextMany(db: Kysely<any>, name: string, docs: { id: string; text: string }[], replace = false): Promise<void> {
  const table = sql.raw(safeName(name));
  const docTable = sql.raw(`${safeName(name)}_doc`);
  const sqlite = dialectOf(db) === 'sqlite';
  for (let i = 0; i < docs.length; i += 400) {
    const chunk = docs.slice(i, i + 400);
    if (chunk.length === 0) continue;
    const ids = sql.join(chunk.map((d) => sql`${d.id}`));
    if (!sqlite) {
      if (replace) await sql`delete from ${table} where doc_id in (${ids})`.execute(db);
      await sql`insert into ${table} (doc_id, content) values ${sql.join(chunk.map((d) => sql`(${d.id}, ${foldText(d.text)})`))}`.execute(db);
      continue;
    }
    await sql`insert into ${docTable} (doc_id) values ${sql.join(chunk.map((d) => sql`(${d.id})`))} on conflict (doc_id) do nothing`.execute(db);
    if (replace) await sql`delete from ${table} where rowid in (select rowid from ${docTable} where doc_id in (${ids}))`.execute(db);
    const values = sql.join(chunk.map((d) => sql`(${d.id}, ${foldText(d.text)})`));
    await sql`insert into ${table} (rowid, content) select d.rowid, v.column2 from (values ${values}) as v join ${docTable} as d on d.doc_id = v.column1`.execute(db);
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
    const docTable = sql.raw(`${safeName(name)}_doc`);
    // The unary + keeps SQLite from driving the query by id lookups: it scans the caller's own (covering) index and tests membership.
    return sql<SqlBool>`+${id} in (select doc_id from ${docTable} where rowid in (select rowid from ${table} where ${table} match ${match}))`;
  }
  const tsquery = words.map((w) => `${w}:*`).join(' & ');
  return sql<SqlBool>`${id} in (select doc_id from ${table} where document @@ to_tsquery('simple', ${tsquery}))`;
}
