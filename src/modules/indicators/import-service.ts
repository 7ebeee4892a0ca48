import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { IndicatorKind } from '../../engines/indicators/index.ts';
import { listAreas } from './areas.ts';
import { upsertPlan } from './bulk-upsert.ts';
import { checkImport, type ImportCheck, type ImportReference } from './import-plan.ts';
import { listIndicators } from './queries.ts';

/** What an import needs from the app. */
export interface ImportContext {
  db: Kysely<Database>;
  dialect: DialectName;
}

/** The catalogue codes with their kind and the area keys, as an import checks them. */
export async function loadImportReference(db: Kysely<Database>): Promise<ImportReference> {
  const [indicators, areas] = await Promise.all([listIndicators(db), listAreas(db)]);
  return { indicators: new Map(indicators.map((i) => [i.code, i.kind as IndicatorKind])), areas: new Set(areas.map((a) => a.key)) };
}

/** How many values were written, or every refused line (nothing written). */
export type ImportOutcome = { ok: true; imported: number } | Extract<ImportCheck, { ok: false }>;

/**
 * Imports an indicator values file: checks every line first, then writes them all in one
 * transaction (added or replaced), or nothing when any line is bad. The audit log records who
 * imported how many values.
 */
export async function importIndicatorValues(ctx: ImportContext, text: string, userId: string | null): Promise<ImportOutcome> {
  const check = checkImport(text, await loadImportReference(ctx.db));
  if (!check.ok) return check;
  const { plan } = check;
  await ctx.db.transaction().execute(async (trx) => {
    await upsertPlan(trx, ctx.dialect, plan, new Date().toISOString());
    if (userId) await recordAudit(trx, { userId }, 'indicators.import', { type: 'indicator_value' }, { values: plan.size, periods: plan.periods.slice(0, 20) });
  });
  return { ok: true, imported: plan.size };
}
