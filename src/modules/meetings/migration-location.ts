import type { Kysely } from 'kysely';

/**
 * 040_meeting_location: a meeting in person may name its neighbourhood and be placed on the city's map
 * (WGS84 degrees; both or neither). A deleted neighbourhood leaves the meeting without one.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  await db.schema.alterTable('meeting').addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null')).execute();
  await db.schema.alterTable('meeting').addColumn('latitude', 'double precision').execute();
  await db.schema.alterTable('meeting').addColumn('longitude', 'double precision').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['longitude', 'latitude', 'neighbourhood_id']) await db.schema.alterTable('meeting').dropColumn(column).execute();
}
