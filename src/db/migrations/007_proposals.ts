import type { Kysely } from 'kysely';
import { createFullTextIndex, dropFullTextIndex } from '../full-text.ts';

/** Proposals: the rows, their edit history, co-authors, supports, answer history and full-text index. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('proposal')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('component_id', 'text', (c) => c.notNull().references('component.id').onDelete('cascade'))
    .addColumn('process_id', 'text', (c) => c.notNull().references('process.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('neighbourhood_id', 'text', (c) => c.references('neighbourhood.id').onDelete('set null'))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_user_id', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('author_org_id', 'text', (c) => c.references('organisation.id').onDelete('set null'))
    .addColumn('show_member_name', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('supports_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('threshold_reached_at', 'text')
    .addColumn('answer_status', 'text')
    .addColumn('answer_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_at', 'text')
    .addColumn('draft_status', 'text')
    .addColumn('draft_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('withdrawn_at', 'text')
    .addColumn('hidden_at', 'text')
    .addColumn('hidden_reason', 'text')
    .addColumn('edited_at', 'text')
    // Random order with a seed: (shuffle_key * seed) mod p; bigint so the product never overflows on PostgreSQL.
    .addColumn('shuffle_key', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The list's orders (newest, most supported, one neighbourhood) read straight from covering indexes;
  // hidden_at comes second so counting visible proposals never touches the rows.
  await db.schema.createIndex('proposal_component_created').on('proposal').columns(['component_id', 'hidden_at', 'created_at', 'id']).execute();
  await db.schema.createIndex('proposal_component_supports').on('proposal').columns(['component_id', 'hidden_at', 'supports_count', 'created_at', 'id']).execute();
  await db.schema.createIndex('proposal_component_hood').on('proposal').columns(['component_id', 'hidden_at', 'neighbourhood_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('proposal_author').on('proposal').columns(['author_user_id']).execute();

  await db.schema
    .createTable('proposal_version')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposal.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('neighbourhood_id', 'text')
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_version_proposal').on('proposal_version').columns(['proposal_id', 'created_at']).execute();

  await db.schema
    .createTable('proposal_coauthor')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposal.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('user.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisation.id').onDelete('cascade'))
    // 'user:<id>' or 'org:<id>': one invitation per invitee and proposal (NULLs would escape a plain unique).
    .addColumn('invitee_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('invited_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('answered_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addUniqueConstraint('proposal_coauthor_once', ['proposal_id', 'invitee_key'])
    .execute();

  await db.schema
    .createTable('proposal_support')
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposal.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
    .addColumn('component_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_support_once', ['proposal_id', 'user_id'])
    .execute();
  await db.schema.createIndex('proposal_support_user').on('proposal_support').columns(['user_id', 'component_id']).execute();

  await db.schema
    .createTable('proposal_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposal.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_by', 'text', (c) => c.references('user.id').onDelete('set null'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_answer_proposal').on('proposal_answer').columns(['proposal_id', 'published_at']).execute();

  await createFullTextIndex(db, 'proposal');
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropFullTextIndex(db, 'proposal');
  for (const t of ['proposal_answer', 'proposal_support', 'proposal_coauthor', 'proposal_version', 'proposal']) await db.schema.dropTable(t).execute();
}
