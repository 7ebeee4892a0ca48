import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { neighbourhoods } from '../../seed/bellerive.ts';

/** Test helper: Bellerive's five neighbourhoods in a fresh database (what the demo seed starts from). */
export async function insertBelleriveNeighbourhoods(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('neighbourhood')
    .values(neighbourhoods.map((n, position) => ({ id: randomUUID(), slug: n.slug, name_fr: n.fr, name_en: n.en, position })))
    .execute();
}
