import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { csvText } from '../../web/csv.ts';
import { IMPORT_COLUMNS } from './import-plan.ts';
import { pageOfValues, type IndicatorRow, type IndicatorValueRow, type ValueFilter } from './queries.ts';

const PAGE = 5000;

/** A value as open data (API and JSON export). */
export function valueJson(v: IndicatorValueRow, kind: string) {
  return { indicator: v.indicator_code, area: v.area, period: v.period, value: Number(v.value), kind, n: v.n === null ? null : Number(v.n), source: v.source };
}

/** An indicator of the catalogue as open data: the contract fields first, then its definition. */
export function indicatorJson(i: IndicatorRow) {
  return {
    code: i.code,
    name: { fr: i.name_fr, en: i.name_en },
    dimension: i.dimension,
    factor: i.factor,
    unit: i.unit,
    polarity: i.polarity,
    kind: i.kind,
    source: i.source,
    method: { fr: i.method_fr, en: i.method_en },
    iso37120: i.iso37120 || null,
    sdg: i.sdg || null,
  };
}

/**
 * The values export in the import's own format (`indicator,area,period,value,kind,n,source`), so a
 * file downloaded here imports back unchanged. Streamed a page at a time: a million values never sit
 * in memory at once.
 */
export function valuesCsvStream(db: Kysely<Database>, filter: ValueFilter, kinds: ReadonlyMap<string, string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: IndicatorValueRow | null = null;
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(csvText([IMPORT_COLUMNS])));
      }
      const rows = await pageOfValues(db, filter, after, PAGE);
      if (rows.length > 0) controller.enqueue(encoder.encode(csvText(rows.map((v) => [v.indicator_code, v.area, v.period, Number(v.value), kinds.get(v.indicator_code) ?? '', v.n === null ? null : Number(v.n), v.source]))));
      if (rows.length < PAGE) controller.close();
      else after = rows[rows.length - 1];
    },
  });
}
