import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { GeographyLayerTable } from './tables.ts';

type Db = Kysely<Database>;

/** A neighbourhood with its stored shape (GeoJSON geometry text). */
export interface StoredArea {
  neighbourhood_id: string;
  slug: string;
  name_fr: string;
  name_en: string;
  geometry: string;
}

/** Every neighbourhood that has a shape, in the neighbourhoods' order. */
export function listAreas(db: Db): Promise<StoredArea[]> {
  return db
    .selectFrom('geography_area as g')
    .innerJoin('neighbourhood as n', 'n.id', 'g.neighbourhood_id')
    .select(['g.neighbourhood_id', 'n.slug', 'n.name_fr', 'n.name_en', 'g.geometry'])
    .orderBy('n.position')
    .orderBy('n.name_fr')
    .execute();
}

/** Every orientation layer, by kind and position. */
export function listLayers(db: Db): Promise<GeographyLayerTable[]> {
  return db.selectFrom('geography_layer').selectAll().orderBy('kind').orderBy('position').execute();
}

/**
 * What identifies the stored map cheaply (without reading the shapes): counts and last changes of both
 * tables, and the neighbourhoods' names and slugs (a rename shows on the map at once).
 */
export async function geographyVersion(db: Db): Promise<string> {
  const [areas, layers, names] = await Promise.all([
    db.selectFrom('geography_area').select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('updated_at').as('at')]).executeTakeFirstOrThrow(),
    db.selectFrom('geography_layer').select([(eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('updated_at').as('at')]).executeTakeFirstOrThrow(),
    db.selectFrom('neighbourhood').innerJoin('geography_area', 'geography_area.neighbourhood_id', 'neighbourhood.id').select(['slug', 'name_fr', 'name_en', 'position']).orderBy('neighbourhood.id').execute(),
  ]);
  return JSON.stringify([Number(areas.n), areas.at, Number(layers.n), layers.at, names]);
}
