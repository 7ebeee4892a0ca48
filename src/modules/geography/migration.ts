import type { Kysely } from 'kysely';

/**
 * 029_geography: the city's own map. Each neighbourhood's shape (a GeoJSON Polygon or MultiPolygon in
 * WGS84, RFC 7946, as the GIS office uploaded it, rings checked and wound counterclockwise), and the
 * layers drawn for orientation: the boundary, water, streets, landmarks.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('geography_area')
    .addColumn('neighbourhood_id', 'text', (c) => c.primaryKey().references('neighbourhood.id').onDelete('cascade'))
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('geography_layer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // boundary, water, street or landmark
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('geometry', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('geography_layer_kind').on('geography_layer').columns(['kind', 'position']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('geography_layer').execute();
  await db.schema.dropTable('geography_area').execute();
}
