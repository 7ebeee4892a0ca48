import { CompiledQuery, type Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import type { ImportPlan } from './import-plan.ts';

const COLUMNS = ['indicator_code', 'area', 'period', 'value', 'n', 'source', 'updated_at'];
// 1,000 rows × 7 parameters stays under both databases' limits (SQLite 32,766; PostgreSQL 65,535).
const BATCH = 1000;

/**
 * The text of a multi-row upsert of `rows` values, written once per batch size: building it through
 * the query builder cost more than the database's own work for a million values (7 million parameters).
 */
function upsertText(dialect: DialectName, rows: number): string {
  let parameter = 0;
  const placeholder = dialect === 'postgres' ? () => `$${++parameter}` : () => '?';
  const tuples = Array.from({ length: rows }, () => `(${COLUMNS.map(placeholder).join(', ')})`);
  return (
    `insert into indicator_value (${COLUMNS.join(', ')}) values ${tuples.join(', ')} ` +
    'on conflict (indicator_code, area, period) do update set value = excluded.value, n = excluded.n, source = excluded.source, updated_at = excluded.updated_at'
  );
}

/** Writes every value of a checked import (new ones added, existing ones replaced) inside the caller's transaction. */
export async function upsertPlan(trx: Kysely<Database>, dialect: DialectName, plan: ImportPlan, now: string): Promise<void> {
  const fullText = upsertText(dialect, BATCH);
  for (let start = 0; start < plan.size; start += BATCH) {
    const end = Math.min(plan.size, start + BATCH);
    const parameters: unknown[] = [];
    for (let i = start; i < end; i++) {
      const n = plan.n[i];
      parameters.push(plan.indicators[plan.indicator[i]], plan.areas[plan.area[i]], plan.periods[plan.period[i]], plan.value[i], n < 0 ? null : n, plan.sources[plan.source[i]], now);
    }
    const text = end - start === BATCH ? fullText : upsertText(dialect, end - start);
    await trx.executeQuery(CompiledQuery.raw(text, parameters));
  }
}
