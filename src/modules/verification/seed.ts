import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { personHmac } from './person-key.ts';
import { updateSettingsRow } from './register.ts';

/** How many fictitious residents the demo census holds. */
export const DEMO_CENSUS_SIZE = 300;

/**
 * The demo census of Bellerive, by a documented pattern (docs/verification.md): resident n (1 to 300)
 * has identifier `BEL-` and n on four digits, was born on 19(50 + n mod 50)-(1 + n mod 12)-(1 + n mod 28),
 * and lives in the neighbourhood at position n mod 5 (0 Vieux-Port, 1 Les Tilleuls, 2 La Gare,
 * 3 Bord-de-Rivière, 4 Les Hauts). So BEL-0001 was born on 1951-02-02 and lives in Les Tilleuls.
 */
export function demoCensusRow(n: number): { identifier: string; birthDate: string; position: number } {
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return { identifier: `BEL-${pad(n, 4)}`, birthDate: `19${50 + (n % 50)}-${pad(1 + (n % 12), 2)}-${pad(1 + (n % 28), 2)}`, position: n % 5 };
}

/** Fills the demo census (keyed hashes only, as an import would) and offers every method. */
export async function seedDemoVerification(db: Kysely<Database>, key: string): Promise<void> {
  const hoods = await db.selectFrom('neighbourhood').select('id').orderBy('position').execute();
  if (hoods.length === 0) return;
  const entries: { person_hmac: string; neighbourhood_id: string }[] = [];
  for (let n = 1; n <= DEMO_CENSUS_SIZE; n += 1) {
    const row = demoCensusRow(n);
    entries.push({ person_hmac: personHmac(key, row.identifier, row.birthDate), neighbourhood_id: hoods[row.position % hoods.length].id });
  }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('census_entry').values(entries).execute();
    await updateSettingsRow(trx, { census_enabled: 1, letter_enabled: 1, desk_enabled: 1, validity_days: 365, census_rows: entries.length, census_imported_at: new Date().toISOString() });
  });
}
