import type { Kysely } from 'kysely';

/**
 * Participatory budgets: budgets of a component, their projects and follow-up, the residents'
 * declared neighbourhood, ballots and the separate register of who voted, and counted results.
 * Ballot secrecy is a schema property: `budget_ballot` has no user id and no time column, and
 * `budget_voter` has no ballot id, so nothing joins a ballot to a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_component').on('budget').columns(['component_id', 'position']).execute();

  await db.schema
    .createTable('budget_project')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id').onDelete('cascade'))
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('title_fr', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_fr', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cost', 'integer', (c) => c.notNull())
    .addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('category', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proposal_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('budget_project_ref', ['budget_id', 'ref'])
    .execute();

  await db.schema
    .createTable('budget_project_update')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('budget_project.id').onDelete('cascade'))
    .addColumn('body_fr', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_project_update_project').on('budget_project_update').columns(['project_id', 'created_at']).execute();

  await db.schema
    .createTable('resident_neighbourhood')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('user.id').onDelete('cascade'))
    .addColumn('neighbourhood_id', 'text', (c) => c.notNull().references('neighbourhood.id').onDelete('cascade'))
    .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // What was chosen, and nothing about who or when. The receipt hash lets the voter (and only
  // someone holding the token) replace their own ballot while changes are allowed.
  await db.schema
    .createTable('budget_ballot')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id').onDelete('cascade'))
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('receipt_hash', 'text', (c) => c.unique())
    .execute();

  // Who has voted (online or on paper at the help desk); the primary key makes a second vote impossible.
  await db.schema
    .createTable('budget_voter')
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id').onDelete('cascade'))
    .addColumn('voter_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_voter_pk', ['budget_id', 'voter_key'])
    .execute();

  await db.schema
    .createTable('budget_result')
    .addColumn('budget_id', 'text', (c) => c.primaryKey().references('budget.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ballot_count', 'integer', (c) => c.notNull())
    .addColumn('counted_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['budget_result', 'budget_voter', 'budget_ballot', 'resident_neighbourhood', 'budget_project_update', 'budget_project', 'budget']) {
    await db.schema.dropTable(t).execute();
  }
}
