import { sql, type Kysely } from 'kysely';
import { starterCatalogue } from './starter-catalogue.ts';

/**
 * 020_indicators: the catalogue of indicators (with the starter catalogue) and their values per area
 * and period. A value is unique per indicator, area and period, so an import replaces, never doubles.
 * The starter list is part of this migration: change it only together with a new migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('factor', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('method_fr', 'text', (c) => c.notNull())
    .addColumn('method_en', 'text', (c) => c.notNull())
    .addColumn('iso37120', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sdg', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('indicator_polarity', sql`polarity in ('higher-better', 'lower-better')`)
    .addCheckConstraint('indicator_kind', sql`kind in ('objective', 'perceived')`)
    .execute();
  await db.schema
    .createTable('indicator_value')
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicator.code'))
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('n', 'integer')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_value_pk', ['indicator_code', 'area', 'period'])
    .execute();
  await db.schema.createIndex('indicator_value_period').on('indicator_value').columns(['period', 'area']).execute();
  const now = new Date().toISOString();
  await db
    .insertInto('indicator')
    .values(starterCatalogue.map((entry, position) => ({ ...entry, position, created_at: now })))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_value').execute();
  await db.schema.dropTable('indicator').execute();
}
