import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';

/**
 * Test support: what someone reading the database (SQL access or a dump, storage markers included)
 * could link between the ballots of a budget and its voters. Every table is read whole, with its
 * storage order (SQLite rowid; PostgreSQL ctid) and, on PostgreSQL, the transaction that wrote each row
 * (xmin). Then every ordering of every table is lined up with every ordering of the ballots, and every
 * column is joined with every ballot column, and we count how many ballots land on their true voter.
 * A random ballot box scores about 1 whatever the number of voters (a random permutation has one fixed
 * point on average); a box in voting order scores every ballot.
 */

export type Row = Record<string, unknown>;
export interface TableDump {
  name: string;
  rows: Row[];
}

/** Markers added to every row: storage position, and the writing transaction on PostgreSQL. */
export const PHYSICAL = '__physical';
export const WRITER = '__xmin';

/** Every row of one table with its storage markers. */
export async function dumpTable(db: Kysely<Database>, dialect: DialectName, table: string): Promise<Row[]> {
  if (dialect === 'sqlite') {
    const withoutRowid = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = ${table} and sql like '%WITHOUT ROWID%'`.execute(db);
    // A WITHOUT ROWID table (full-text index internals) is stored in key order: a plain scan gives that order.
    if (Number(withoutRowid.rows[0].n) > 0) return (await sql<Row>`select * from ${sql.table(table)}`.execute(db)).rows.map((r, i) => ({ [PHYSICAL]: i, ...r }));
    const result = await sql<Row>`select rowid as ${sql.id(PHYSICAL)}, * from ${sql.table(table)}`.execute(db);
    return result.rows;
  }
  const result = await sql<Row>`select xmin::text::bigint as ${sql.id(WRITER)}, (ctid::text::point)[0] as "__page", (ctid::text::point)[1] as "__slot", t.* from ${sql.table(table)} t`.execute(db);
  return result.rows.map(({ __page, __slot, ...rest }) => ({ [PHYSICAL]: Number(__page) * 65_536 + Number(__slot), ...rest, [WRITER]: Number(rest[WRITER]) }));
}

/**
 * The two queries of issue 10: ballots and register lined up by `row_number() over (order by rowid)`
 * on SQLite, or joined on `xmin` on PostgreSQL. Returns the pairs they claim (ballot choices, voter key).
 */
export async function issueQueryPairs(db: Kysely<Database>, dialect: DialectName, budgetId: string): Promise<{ choices: string; voter_key: string }[]> {
  const query =
    dialect === 'sqlite'
      ? sql<{ choices: string; voter_key: string }>`
        with b as (select choices, row_number() over (order by rowid) as n from budget_ballot where budget_id = ${budgetId}),
             v as (select voter_key, row_number() over (order by rowid) as n from budget_voter where budget_id = ${budgetId})
        select b.choices, v.voter_key from b join v on b.n = v.n`
      : sql<{ choices: string; voter_key: string }>`
        select b.choices, v.voter_key from budget_ballot b join budget_voter v on b.xmin = v.xmin
        where b.budget_id = ${budgetId} and v.budget_id = ${budgetId}`;
  return (await query.execute(db)).rows;
}

/** Every table of the database (the migrator's own bookkeeping included), dumped. */
export async function dumpDatabase(db: Kysely<Database>, dialect: DialectName): Promise<TableDump[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const dumps: TableDump[] = [];
  for (const t of tables.filter((t) => !t.isView)) dumps.push({ name: t.name, rows: await dumpTable(db, dialect, t.name) });
  return dumps;
}

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
};

/** Owners of the rows in the order of `key` (storage order breaks ties), each owner once. */
function ownersInOrder(rows: Row[], key: string, ownerOf: (row: Row) => number | undefined): number[] {
  const sorted = [...rows].sort((a, b) => compare(a[key], b[key]) || compare(a[PHYSICAL], b[PHYSICAL]));
  const seen = new Set<number>();
  const owners: number[] = [];
  for (const row of sorted) {
    const owner = ownerOf(row);
    if (owner !== undefined && !seen.has(owner)) owners.push(owner), seen.add(owner);
  }
  return owners;
}

/** One way of linking, and how many ballots it attributes to their true voter (chance is about 1). */
export interface LinkScore {
  table: string;
  how: string;
  correct: number;
}

/**
 * Scores every ordering alignment and every equality join between `table` and the ballots.
 * `ballotKeys` are the ballot columns an attacker may order or join by (not the choices: they are what is secret).
 */
export function linkScores(table: TableDump, ballots: Row[], ballotKeys: string[], ownerOfBallot: (row: Row) => number | undefined, ownerOfRow: (row: Row) => number | undefined): LinkScore[] {
  const owned = table.rows.filter((r) => ownerOfRow(r) !== undefined);
  if (owned.length === 0) return [];
  const scores: LinkScore[] = [];
  const tried = new Set<string>();
  for (const key of Object.keys(owned[0])) {
    const rowOrder = ownersInOrder(owned, key, ownerOfRow);
    for (const ballotKey of ballotKeys) {
      const ballotOrder = ownersInOrder(ballots, ballotKey, ownerOfBallot);
      const signature = `${rowOrder.join()}|${ballotOrder.join()}`;
      if (!tried.has(signature)) {
        tried.add(signature);
        const correct = rowOrder.filter((owner, i) => ballotOrder[i] === owner).length;
        scores.push({ table: table.name, how: `order by ${key} / ballots by ${ballotKey}`, correct });
      }
      scores.push({ table: table.name, how: `join ${key} = ballots.${ballotKey}`, correct: joinScore(owned, key, ballots, ballotKey, ownerOfBallot, ownerOfRow) });
    }
  }
  return scores;
}

// An attacker joining on equal values guesses one of the candidate voters: expected right guesses.
function joinScore(rows: Row[], key: string, ballots: Row[], ballotKey: string, ownerOfBallot: (row: Row) => number | undefined, ownerOfRow: (row: Row) => number | undefined): number {
  const candidates = new Map<string, Set<number>>();
  for (const row of rows) {
    const value = row[key];
    if (value === null || value === undefined) continue;
    const set = candidates.get(String(value)) ?? new Set<number>();
    set.add(ownerOfRow(row)!);
    candidates.set(String(value), set);
  }
  let expected = 0;
  for (const ballot of ballots) {
    const set = ballot[ballotKey] === null ? undefined : candidates.get(String(ballot[ballotKey]));
    const owner = ownerOfBallot(ballot);
    if (set && owner !== undefined && set.has(owner)) expected += 1 / set.size;
  }
  return expected;
}
