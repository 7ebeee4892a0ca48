import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Every neighbourhood in display order, with its population where an admin entered it. */
export function listNeighbourhoodPopulations(db: Kysely<Database>) {
  return db
    .selectFrom('neighbourhood')
    .leftJoin('neighbourhood_population', 'neighbourhood_population.neighbourhood_id', 'neighbourhood.id')
    .select(['neighbourhood.id', 'neighbourhood.slug', 'neighbourhood.name_fr', 'neighbourhood.name_en', 'neighbourhood_population.population', 'neighbourhood_population.reference_year'])
    .orderBy('neighbourhood.position')
    .orderBy('neighbourhood.name_fr')
    .execute();
}

export type NeighbourhoodPopulation = Awaited<ReturnType<typeof listNeighbourhoodPopulations>>[number];

/** Whether the page publishes noised figures (differential privacy), off until an admin turns it on. */
export async function differentialPrivacyOn(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('participation_setting').select('value').where('name', '=', 'differentialPrivacy').executeTakeFirst();
  return row?.value === 'on';
}
