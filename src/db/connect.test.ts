import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from './connect.ts';

describe('SQLite connection', () => {
  it('lets the event loop take a turn during a long run of queries (better-sqlite3 alone never would)', async () => {
    const handle = connectDatabase('sqlite::memory:');
    try {
      let turnTakenAt = -1;
      let done = 0;
      setImmediate(() => (turnTakenAt = done));
      const started = performance.now();
      // Synchronous queries resolve in microtasks only; without turn-taking, setImmediate would wait for the whole loop.
      while (performance.now() - started < 60) {
        await sql`select 1`.execute(handle.db);
        done += 1;
      }
      expect(turnTakenAt).toBeGreaterThan(0);
      expect(turnTakenAt).toBeLessThan(done);
    } finally {
      await handle.close();
    }
  });

  it('runs a transaction in one go: no other query interleaves', async () => {
    const handle = connectDatabase('sqlite::memory:');
    try {
      await sql`create table t (n integer)`.execute(handle.db);
      const order: string[] = [];
      await Promise.all([
        handle.db.transaction().execute(async (trx) => {
          for (let i = 0; i < 200; i++) await sql`insert into t values (${i})`.execute(trx);
          order.push('transaction');
        }),
        sql`select count(*) as n from t`.execute(handle.db).then((r) => order.push(`count ${(r.rows[0] as { n: number }).n}`)),
      ]);
      expect(order).toEqual(['transaction', 'count 200']);
    } finally {
      await handle.close();
    }
  });
});
