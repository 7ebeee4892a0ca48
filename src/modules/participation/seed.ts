import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Bellerive's population per neighbourhood (a census two years ago), so figures per 1,000 inhabitants show at once. */
const population: Record<string, number> = { 'vieux-port': 8_400, 'les-tilleuls': 11_200, 'la-gare': 9_600, 'bord-de-riviere': 6_300, 'les-hauts': 7_900 };

/** Fills the demo city's populations. */
export async function seedDemoPopulation(db: Kysely<Database>, now = new Date()): Promise<void> {
  const hoods = await db.selectFrom('neighbourhood').select(['id', 'slug']).execute();
  const rows = hoods.filter((h) => h.slug in population).map((h) => ({ neighbourhood_id: h.id, population: population[h.slug], reference_year: String(now.getUTCFullYear() - 2), updated_at: now.toISOString() }));
  if (rows.length) await db.insertInto('neighbourhood_population').values(rows).execute();
}
