import { sql, type Kysely } from 'kysely';

/**
 * The privacy ledger: one row per differentially private release, with the ε it spent (an exact
 * fraction) and the figures it published, so a dataset's budget is the sum of its rows and asking for
 * the same release again shows the same figures instead of drawing new noise. Append only: the code
 * has no update or delete path for it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('privacy_release')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dataset_key', 'text', (c) => c.notNull())
    .addColumn('release_key', 'text', (c) => c.notNull())
    // The budget period the release counts against: a calendar year ("2025") or "lifetime".
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('epsilon_num', 'bigint', (c) => c.notNull())
    .addColumn('epsilon_den', 'bigint', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('privacy_release_dataset_release', ['dataset_key', 'release_key'])
    .addCheckConstraint('privacy_release_epsilon_positive', sql`epsilon_num > 0 and epsilon_den > 0`)
    .execute();
  await db.schema.createIndex('privacy_release_dataset_period').on('privacy_release').columns(['dataset_key', 'period']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('privacy_release').execute();
}
