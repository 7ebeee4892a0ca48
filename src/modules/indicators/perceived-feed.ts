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

/** One value a module measured: like a perceived value, with `n` left empty when it is not a count of answers. */
export type MeasuredValue = Omit<PerceivedValue, 'n'> & { n: number | null };

/** Which values a feed replaces: those of one source, for one period and these indicators. */
export interface PerceivedFeed {
  period: string;
  /** Names the survey the values come from (shown beside them); a feed replaces only its own values. */
  source: string;
  indicators: readonly string[];
}

/**
 * Records what a survey measured as perceived indicator values of one period, in one transaction:
 * the source's earlier values for these indicators and period go (an area may have dropped below the
 * publication rule since), the new ones replace them or any other value of the same indicator, area
 * and period. Throws when a code is not a perceived indicator of the catalogue: a survey may feed
 * residents' feelings, never overwrite a measurement.
 */
export function recordPerceivedValues(db: Kysely<Database>, feed: PerceivedFeed, values: readonly PerceivedValue[]): Promise<void> {
  return recordFedValues(db, 'perceived', feed, values);
}

/**
 * Records values a module measured (e.g. annual means of the sensors' daily aggregates) as objective indicator values
 * of one period, replacing the same source's earlier ones, like a survey's feed. Throws when a code is not objective.
 */
export function recordMeasuredValues(db: Kysely<Database>, feed: PerceivedFeed, values: readonly MeasuredValue[]): Promise<void> {
  return recordFedValues(db, 'objective', feed, values);
}

async function recordFedValues(db: Kysely<Database>, kind: 'perceived' | 'objective', feed: PerceivedFeed, values: readonly MeasuredValue[]): Promise<void> {
  if (!PERIOD_PATTERN.test(feed.period)) throw new RangeError(`"${feed.period}" is not a period`);
  const codes = [...new Set([...feed.indicators, ...values.map((v) => v.indicator)])];
  if (codes.length === 0) return;
  const ofKind = await db.selectFrom('indicator').select('code').where('code', 'in', codes).where('kind', '=', kind).execute();
  const known = new Set(ofKind.map((r) => r.code));
  const unknown = codes.find((c) => !known.has(c));
  if (unknown) throw new RangeError(`"${unknown}" is not a ${kind} indicator of the catalogue`);
  const updated_at = new Date().toISOString();
  const { period, source } = feed;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator_value').where('source', '=', source).where('period', '=', period).where('indicator_code', 'in', codes).execute();
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
