import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { PERIOD_PATTERN } from './value-rules.ts';

/** One perceived value a survey computed: the indicator, the area (a neighbourhood slug or 'city'), the value and how many answers it rests on. */
export interface PerceivedValue {
  indicator: string;
  area: string;
  value: number;
  n: number;
}

/**
 * Records what a survey measured as perceived indicator values of one period (added, or replacing
 * the same indicator, area and period). Throws when a code is not a perceived indicator of the
 * catalogue: a survey may feed residents' feelings, never overwrite a measurement.
 */
export async function recordPerceivedValues(db: Kysely<Database>, period: string, source: string, values: readonly PerceivedValue[]): Promise<void> {
  if (!PERIOD_PATTERN.test(period)) throw new RangeError(`"${period}" is not a period`);
  if (values.length === 0) return;
  const codes = [...new Set(values.map((v) => v.indicator))];
  const perceived = await db.selectFrom('indicator').select('code').where('code', 'in', codes).where('kind', '=', 'perceived').execute();
  const known = new Set(perceived.map((r) => r.code));
  const unknown = codes.find((c) => !known.has(c));
  if (unknown) throw new RangeError(`"${unknown}" is not a perceived indicator of the catalogue`);
  const updated_at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const v of values) {
      const row = { indicator_code: v.indicator, area: v.area, period, value: v.value, n: v.n, source, updated_at };
      await trx
        .insertInto('indicator_value')
        .values(row)
        .onConflict((oc) => oc.columns(['indicator_code', 'area', 'period']).doUpdateSet({ value: row.value, n: row.n, source, updated_at }))
        .execute();
    }
  });
}
