import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { upsertPlan } from './bulk-upsert.ts';
import { checkImport, type ImportPlan } from './import-plan.ts';

let handle: DatabaseHandle;
const reference = { indicators: new Map([['pm25', 'objective' as const], ['no2', 'objective' as const]]), areas: new Set(['city', 'north', 'south']) };

function planOf(lines: string[]): ImportPlan {
  const check = checkImport(`indicator,area,period,value,kind,n,source\n${lines.join('\n')}\n`, reference);
  if (!check.ok) throw new Error(JSON.stringify(check.issues));
  return check.plan;
}

async function periodIndexExists(): Promise<boolean> {
  const query =
    handle.dialect === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'indicator_value_period'`
      : sql<{ name: string }>`select indexname as name from pg_indexes where indexname = 'indicator_value_period'`;
  return (await query.execute(handle.db)).rows.length === 1;
}

const values = () => handle.db.selectFrom('indicator_value').select(['indicator_code', 'area', 'period', 'value']).orderBy('indicator_code').orderBy('area').orderBy('period').execute();

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

describe('writing a large import', () => {
  // Lines in no particular order: they are written in primary-key order, with the period index rebuilt after.
  const plan = planOf(['pm25,south,2024,3,,,', 'no2,city,2025,1,,,', 'pm25,city,2024,2,,,', 'no2,north,2024,4,,,']);

  it('writes every value and builds the period index again', async () => {
    await handle.db.transaction().execute((trx) => upsertPlan(trx, handle.dialect, plan, '2026-01-01T00:00:00Z', 1));
    expect((await values()).map((v) => [v.indicator_code, v.area, v.period, Number(v.value)])).toEqual([
      ['no2', 'city', '2025', 1],
      ['no2', 'north', '2024', 4],
      ['pm25', 'city', '2024', 2],
      ['pm25', 'south', '2024', 3],
    ]);
    expect(await periodIndexExists()).toBe(true);
  });

  it('keeps the index and the old values when the import fails after the write', async () => {
    const replacing = planOf(['pm25,city,2024,20,,,', 'pm25,north,2024,30,,,']);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await upsertPlan(trx, handle.dialect, replacing, '2026-01-02T00:00:00Z', 1);
        throw new Error('the audit entry could not be written');
      }),
    ).rejects.toThrow('the audit entry could not be written');
    expect(await periodIndexExists()).toBe(true);
    expect((await values()).find((v) => v.indicator_code === 'pm25' && v.area === 'city')?.value).toBe(2);
    expect(await values()).toHaveLength(4);
  });
});
