import type { Kysely } from 'kysely';

/** Participatory processes, their phases and scope, attached components and the page component's content. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('process')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('city'))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hero_upload_id', 'text', (c) => c.references('upload.id').onDelete('set null'))
    .addColumn('manual_phase_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('process_published').on('process').columns(['published', 'created_at']).execute();

  await db.schema
    .createTable('process_neighbourhood')
    .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
    .addColumn('neighbourhood_id', 'text', (c) => c.notNull().references('neighbourhood.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('process_neighbourhood_pk', ['process_id', 'neighbourhood_id'])
    .execute();

  await db.schema
    .createTable('phase')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('phase_process').on('phase').columns(['process_id', 'position']).execute();

  await db.schema
    .createTable('component')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name_fr', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('component_process').on('component').columns(['process_id', 'position']).execute();

  await db.schema
    .createTable('page_content')
    .addColumn('component_id', 'text', (c) => c.primaryKey().references('component.id').onDelete('cascade'))
    .addColumn('body_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['page_content', 'component', 'phase', 'process_neighbourhood', 'process']) await db.schema.dropTable(t).execute();
}
