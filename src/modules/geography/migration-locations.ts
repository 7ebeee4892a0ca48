import type { Kysely } from 'kysely';

/**
 * 030_locations: a proposal and a budget project may be placed on the city's map (WGS84 degrees; both
 * or neither). Sensors already have theirs (011_registers).
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One column per statement: SQLite adds only one column per ALTER TABLE.
  for (const table of ['proposal', 'budget_project']) {
    await db.schema.alterTable(table).addColumn('latitude', 'double precision').execute();
    await db.schema.alterTable(table).addColumn('longitude', 'double precision').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['proposal', 'budget_project']) {
    await db.schema.alterTable(table).dropColumn('longitude').execute();
    await db.schema.alterTable(table).dropColumn('latitude').execute();
  }
}
