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

// The plan's rows in the primary key's order (indicator, area, period): the key's b-tree then grows
// by appends instead of random page splits, which more than halves SQLite's work for a large file.
function primaryKeyOrder(plan: ImportPlan): Uint32Array {
  const rank = (texts: string[]) => {
    const sorted = texts.map((t, i) => [t, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const ranks = new Uint32Array(texts.length);
    sorted.forEach(([, i], r) => (ranks[i] = r));
    return ranks;
  };
  const [ri, ra, rp] = [rank(plan.indicators), rank(plan.areas), rank(plan.periods)];
  const keys = new Float64Array(plan.size);
  for (let i = 0; i < plan.size; i++) keys[i] = (ri[plan.indicator[i]] * plan.areas.length + ra[plan.area[i]]) * plan.periods.length + rp[plan.period[i]];
  return new Uint32Array(plan.size).map((_, i) => i).sort((x, y) => keys[x] - keys[y]);
}

/** From this many values, the period index (migration 020) is built once after the write rather than row by row. */
export const REBUILD_INDEX_FROM = 100_000;

/**
 * Writes every value of a checked import (new ones added, existing ones replaced) inside the caller's
 * transaction, in primary-key order. A large import drops the `(period, area)` index first and builds
 * it again at the end, in the same transaction (so a failure restores it): building it in one sorted
 * pass costs a fraction of a million single updates. On PostgreSQL readers of the table wait for the
 * commit meanwhile, a few seconds for a million values.
 */
export async function upsertPlan(trx: Kysely<Database>, dialect: DialectName, plan: ImportPlan, now: string, rebuildIndexFrom = REBUILD_INDEX_FROM): Promise<void> {
  const rebuild = plan.size >= rebuildIndexFrom;
  if (rebuild) await trx.schema.dropIndex('indicator_value_period').execute();
  const order = primaryKeyOrder(plan);
  const fullText = upsertText(dialect, BATCH);
  for (let start = 0; start < plan.size; start += BATCH) {
    const end = Math.min(plan.size, start + BATCH);
    const parameters: unknown[] = [];
    for (let k = start; k < end; k++) {
      const i = order[k];
      const n = plan.n[i];
      parameters.push(plan.indicators[plan.indicator[i]], plan.areas[plan.area[i]], plan.periods[plan.period[i]], plan.value[i], n < 0 ? null : n, plan.sources[plan.source[i]], now);
    }
    const text = end - start === BATCH ? fullText : upsertText(dialect, end - start);
    await trx.executeQuery(CompiledQuery.raw(text, parameters));
  }
  // The same index as migration 020 creates.
  if (rebuild) await trx.schema.createIndex('indicator_value_period').on('indicator_value').columns(['period', 'area']).execute();
}
