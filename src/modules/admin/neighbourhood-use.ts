import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { Tally } from '../../web/confirm.tsx';

// Every table whose rows name a neighbourhood, and the catalog key that says how many do.
const uses = [
  ['resident_neighbourhood', 'admin.hoods.held.residents'],
  ['process_neighbourhood', 'admin.hoods.held.processes'],
  ['budget', 'admin.hoods.held.budgets'],
  ['budget_project', 'admin.hoods.held.projects'],
  ['proposal', 'admin.hoods.held.proposals'],
  ['organisation', 'admin.hoods.held.organisations'],
  ['register_sensor', 'admin.hoods.held.sensors'],
] as const;

/**
 * What depends on a neighbourhood: residents who declared living there (their vote eligibility),
 * processes, budgets, projects, proposals, organisations and sensors placed in it. Deleting it would
 * erase or detach them all (a neighbourhood budget would silently become city-wide), so a
 * neighbourhood in use is only renamed. With `lock` the row is locked first (inside the deletion).
 */
export async function neighbourhoodUse(db: Kysely<Database>, id: string, lock = false): Promise<Tally[]> {
  if (lock) await forUpdate(db, db.selectFrom('neighbourhood').select('id').where('id', '=', id)).execute();
  const tallies: Tally[] = [];
  for (const [table, key] of uses) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('neighbourhood_id', '=', id).executeTakeFirst();
    tallies.push({ key, count: Number(row?.n ?? 0) });
  }
  return tallies;
}
