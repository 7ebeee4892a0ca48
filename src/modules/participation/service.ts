import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';

/** One neighbourhood's population as entered (blank population: remove the figure). */
export interface PopulationInput {
  neighbourhoodId: string;
  population: number | null;
  referenceYear: string;
}

/** Saves the populations and the differential-privacy switch in one transaction, with an audit entry. */
export async function saveParticipationSettings(db: Kysely<Database>, userId: string, populations: readonly PopulationInput[], differentialPrivacy: boolean): Promise<void> {
  const updated_at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const p of populations) {
      if (p.population === null) {
        await trx.deleteFrom('neighbourhood_population').where('neighbourhood_id', '=', p.neighbourhoodId).execute();
        continue;
      }
      const row = { neighbourhood_id: p.neighbourhoodId, population: p.population, reference_year: p.referenceYear, updated_at };
      await trx.insertInto('neighbourhood_population').values(row).onConflict((oc) => oc.column('neighbourhood_id').doUpdateSet({ population: row.population, reference_year: row.reference_year, updated_at })).execute();
    }
    const value = differentialPrivacy ? 'on' : 'off';
    await trx.insertInto('participation_setting').values({ name: 'differentialPrivacy', value }).onConflict((oc) => oc.column('name').doUpdateSet({ value })).execute();
    await recordAudit(trx, { userId }, 'participation.settings', { type: 'participation', id: 'settings' }, { differentialPrivacy, populations: populations.length });
  });
}
