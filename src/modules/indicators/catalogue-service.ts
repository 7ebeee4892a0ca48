import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { dimensions } from '../../engines/indicators/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { isFactorOf } from './factors.ts';
import { findIndicator } from './queries.ts';
import { MAX_SOURCE_LENGTH, PERIOD_PATTERN, readCount, readNumber } from './value-rules.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** The catalogue form: every field of an indicator (the code only when creating one). */
export const indicatorSchema = z
  .object({
    name_fr: text(160),
    name_en: text(160),
    dimension: z.enum(dimensions),
    factor: z.string().trim().min(1).max(60),
    unit: z.string().trim().max(20).default(''),
    polarity: z.enum(['higher-better', 'lower-better']),
    kind: z.enum(['objective', 'perceived']),
    source: text(300),
    method_fr: text(2000),
    method_en: text(2000),
    iso37120: z.string().trim().max(160).default(''),
    sdg: z.union([z.literal(''), z.string().trim().regex(/^11\.\d\.\d$/, 'indicators.form.sdgFormat')]).default(''),
  })
  .refine((v) => isFactorOf(v.dimension, v.factor), { path: ['factor'], message: 'indicators.form.factorOfDimension' });

export const newIndicatorSchema = z.intersection(z.object({ code: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'indicators.form.codeFormat') }), indicatorSchema);

export type IndicatorInput = z.output<typeof indicatorSchema>;

/** Adds an indicator at the end of the catalogue; false when the code is taken. */
export async function createIndicator(db: Kysely<Database>, userId: string, input: IndicatorInput & { code: string }): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('indicator').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
      await trx.insertInto('indicator').values({ ...input, position: Number(last?.p ?? -1) + 1, created_at: new Date().toISOString() }).execute();
      await recordAudit(trx, { userId }, 'indicators.create', { type: 'indicator', id: input.code });
    });
    return true;
  } catch (err) {
    if (isUniqueViolation(err) || (await findIndicator(db, input.code))) return false;
    throw err;
  }
}

/** Changes an indicator's definition (its code, which values refer to, stays). */
export async function updateIndicator(db: Kysely<Database>, userId: string, code: string, input: IndicatorInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('indicator').set(input).where('code', '=', code).execute();
    await recordAudit(trx, { userId }, 'indicators.update', { type: 'indicator', id: code });
  });
}

/** The hand-entry form: one value of one indicator for one area and period. */
export const valueSchema = z.object({
  indicator: z.string().trim().min(1).max(64),
  area: z.string().trim().min(1).max(100),
  period: z.string().trim().regex(PERIOD_PATTERN, 'indicators.form.periodFormat'),
  value: z.string().transform((v, ctx) => readNumber(v) ?? (ctx.addIssue({ code: 'custom', message: 'indicators.form.numberFormat' }), z.NEVER)),
  n: z.string().default('').transform((v, ctx) => {
    const n = readCount(v);
    if (n === null) ctx.addIssue({ code: 'custom', message: 'indicators.form.countFormat' });
    return n ?? null;
  }),
  source: z.string().trim().max(MAX_SOURCE_LENGTH).default(''),
});

export type ValueInput = z.output<typeof valueSchema>;

/** Records (or replaces) one value entered by hand. */
export async function enterValue(db: Kysely<Database>, userId: string, input: ValueInput): Promise<void> {
  const row = { indicator_code: input.indicator, area: input.area, period: input.period, value: input.value, n: input.n, source: input.source, updated_at: new Date().toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('indicator_value')
      .values(row)
      .onConflict((oc) => oc.columns(['indicator_code', 'area', 'period']).doUpdateSet({ value: row.value, n: row.n, source: row.source, updated_at: row.updated_at }))
      .execute();
    await recordAudit(trx, { userId }, 'indicators.enterValue', { type: 'indicator_value', id: `${input.indicator}/${input.area}/${input.period}` }, { value: input.value });
  });
}
