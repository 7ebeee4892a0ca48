import type { Kysely } from 'kysely';

/** Opinion maps: one map per component, its participants (account or pseudonymous), statements, votes and cached results. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('opinion_map')
    .addColumn('component_id', 'text', (c) => c.primaryKey().references('component.id').onDelete('cascade'))
    .addColumn('question_fr', 'text', (c) => c.notNull())
    .addColumn('question_en', 'text', (c) => c.notNull())
    .addColumn('context_fr', 'text', (c) => c.notNull())
    .addColumn('context_en', 'text', (c) => c.notNull())
    // 'post': statements appear at once and can be hidden; 'pre': they wait for approval.
    .addColumn('moderation', 'text', (c) => c.notNull())
    .addColumn('max_length', 'integer', (c) => c.notNull())
    // 'account': signed-in residents only; 'pseudonymous': a random per-browser identity is enough.
    .addColumn('participation', 'text', (c) => c.notNull())
    .addColumn('host_organisation_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opinion_participant')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) => c.notNull().references('opinion_map.component_id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('cascade'))
    // SHA-256 of the browser cookie: the database alone cannot be used to act as someone.
    .addColumn('browser_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('opinion_participant_user', ['map_id', 'user_id'])
    .addUniqueConstraint('opinion_participant_browser', ['map_id', 'browser_key'])
    .execute();

  await db.schema
    .createTable('opinion_statement')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('map_id', 'text', (c) => c.notNull().references('opinion_map.component_id').onDelete('cascade'))
    // Pol.is comment-id: 0, 1, 2... in the order statements were written.
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('author_participant_id', 'text', (c) => c.references('opinion_participant.id').onDelete('set null'))
    .addColumn('seed', 'integer', (c) => c.notNull())
    // 'visible' | 'pending' | 'hidden'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('opinion_statement_text', ['map_id', 'normalized'])
    .addUniqueConstraint('opinion_statement_number', ['map_id', 'number'])
    .execute();

  await db.schema
    .createTable('opinion_vote')
    .addColumn('map_id', 'text', (c) => c.notNull().references('opinion_map.component_id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) => c.notNull().references('opinion_participant.id').onDelete('cascade'))
    .addColumn('statement_id', 'text', (c) => c.notNull().references('opinion_statement.id').onDelete('cascade'))
    .addColumn('vote', 'integer', (c) => c.notNull())
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_vote_once', ['map_id', 'participant_id', 'statement_id'])
    .execute();
  await db.schema.createIndex('opinion_vote_statement').on('opinion_vote').column('statement_id').execute();

  await db.schema
    .createTable('opinion_result')
    .addColumn('map_id', 'text', (c) => c.primaryKey().references('opinion_map.component_id').onDelete('cascade'))
    .addColumn('results', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    // What the results were computed from, to tell when they are stale.
    .addColumn('vote_count', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops the opinion-map tables. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['opinion_result', 'opinion_vote', 'opinion_statement', 'opinion_participant', 'opinion_map']) await db.schema.dropTable(table).execute();
}
