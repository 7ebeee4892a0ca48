import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connectDatabase } from './connect.ts';

describe('SQLite connection', () => {
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
