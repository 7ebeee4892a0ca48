import { sql, type Kysely } from 'kysely';

/** 023_compass: the initiative portfolio, its neighbourhoods, dimensions and links to registers, processes and budget projects. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('compass_initiative')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('description_fr', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('budget', 'bigint', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('assessment_open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('proposed_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('proposed_for', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('compass_initiative_scope', sql`scope in ('city', 'neighbourhoods')`)
    .addCheckConstraint('compass_initiative_status', sql`status in ('planned', 'running', 'done', 'stopped')`)
    .addCheckConstraint('compass_initiative_budget', sql`budget >= 0`)
    .execute();
  await db.schema.createIndex('compass_initiative_published').on('compass_initiative').columns(['published', 'title_fr']).execute();
  await db.schema
    .createTable('compass_initiative_neighbourhood')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('compass_initiative.id').onDelete('cascade'))
    .addColumn('neighbourhood_id', 'text', (c) => c.notNull().references('neighbourhood.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('compass_initiative_neighbourhood_pk', ['initiative_id', 'neighbourhood_id'])
    .execute();
  await db.schema
    .createTable('compass_initiative_dimension')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('compass_initiative.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('compass_initiative_dimension_pk', ['initiative_id', 'dimension'])
    .addCheckConstraint('compass_initiative_dimension_name', sql`dimension in ('economy', 'people', 'governance', 'mobility', 'environment', 'living')`)
    .execute();
  await db.schema
    .createTable('compass_initiative_link')
    .addColumn('initiative_id', 'text', (c) => c.notNull().references('compass_initiative.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('compass_initiative_link_pk', ['initiative_id', 'kind', 'target_id'])
    .addCheckConstraint('compass_initiative_link_kind', sql`kind in ('sensor', 'algorithm', 'process', 'budget-project')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['compass_initiative_link', 'compass_initiative_dimension', 'compass_initiative_neighbourhood', 'compass_initiative']) await db.schema.dropTable(table).execute();
}
