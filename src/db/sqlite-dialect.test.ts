import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { isSqliteBusy, SharedSqliteDialect, sqliteWaits } from './sqlite-dialect.ts';

const folder = mkdtempSync(join(tmpdir(), 'cocity-sqlite-shared-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

interface Counter {
  counter: { name: string; value: number };
}

/** Two connections to one new WAL database, as two server processes have; waits kept short so a test fails fast. */
function twoProcesses(): { raw: SqliteDatabase.Database[]; dbs: Kysely<Counter>[] } {
  const file = join(folder, `shared-${files++}.sqlite`);
  const raw = [new SqliteDatabase(file), new SqliteDatabase(file)];
  for (const r of raw) r.pragma('journal_mode = WAL');
  raw[1].pragma('busy_timeout = 20'); // used raw by some tests
  raw[0].exec("create table counter (name text primary key, value integer not null); insert into counter values ('a', 0)");
  const waits = { ...sqliteWaits, busyTimeoutMs: 20, retryForMs: 3_000 };
  return { raw, dbs: raw.map((r) => new Kysely<Counter>({ dialect: new SharedSqliteDialect(r, waits) })) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const valueOf = async (db: Kysely<Counter>) => (await db.selectFrom('counter').select('value').where('name', '=', 'a').executeTakeFirstOrThrow()).value;

describe('SQLite shared by several processes', () => {
  it('runs a read-then-write transaction to its end when another process writes meanwhile, and loses neither write', async () => {
    const { dbs } = twoProcesses();
    const transaction = dbs[0].transaction().execute(async (trx) => {
      const before = await valueOf(trx as never);
      await pause(80); // another request of this process runs here; the other process writes
      await trx.updateTable('counter').set({ value: before + 1 }).where('name', '=', 'a').execute();
    });
    await pause(20);
    const otherWrite = dbs[1].updateTable('counter').set((eb) => ({ value: eb('value', '+', 10) })).where('name', '=', 'a').execute();
    await Promise.all([transaction, otherWrite]);
    expect(await valueOf(dbs[0])).toBe(11);
    await Promise.all(dbs.map((db) => db.destroy()));
  });

  it('tries a statement again while another process holds the write lock, without holding up the event loop', async () => {
    const { raw, dbs } = twoProcesses();
    raw[1].exec('begin immediate');
    raw[1].exec("update counter set value = 5 where name = 'a'");
    // The longest time the event loop stood still while the statement waited: a wait inside SQLite alone
    // (a long busy_timeout) would hold it for the whole 600 ms.
    let last = performance.now();
    let longestStill = 0;
    const ticker = setInterval(() => {
      longestStill = Math.max(longestStill, performance.now() - last);
      last = performance.now();
    }, 5);
    setTimeout(() => raw[1].exec('commit'), 600);
    await dbs[0].updateTable('counter').set((eb) => ({ value: eb('value', '+', 1) })).where('name', '=', 'a').execute();
    clearInterval(ticker);
    expect(await valueOf(dbs[0])).toBe(6);
    expect(longestStill).toBeLessThan(400);
    await Promise.all(dbs.map((db) => db.destroy()));
  });

  it('gives up with SQLITE_BUSY once the retry time is over', async () => {
    const { raw, dbs } = twoProcesses();
    const quick = new Kysely<Counter>({ dialect: new SharedSqliteDialect(raw[0], { ...sqliteWaits, busyTimeoutMs: 20, retryForMs: 100 }) });
    raw[1].exec('begin immediate');
    const refused = await quick.updateTable('counter').set({ value: 1 }).execute().catch((e: unknown) => e);
    expect(isSqliteBusy(refused)).toBe(true);
    raw[1].exec('commit');
    await expect(sql`select 1`.execute(quick)).resolves.toBeTruthy();
    await Promise.all(dbs.map((db) => db.destroy()));
  });
});
