import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { secureShuffle } from '../../engines/mixing/shuffle.ts';

/**
 * Ballots that storage cannot link to voters (issue 10). Before, the register row and the ballot row
 * were written in one transaction: SQLite's rowid order and PostgreSQL's xmin matched them one to one.
 * Now a new ballot waits in `budget_ballot_pool` (written with its register row) and moves into
 * `budget_ballot`, the urn, in random order with a batch of others (see the budgets module's
 * ballot-box.ts and docs/guide-budgets.md). `budget_voter.receipt_tag` is the register's own keyed
 * fingerprint of the receipt, so changing a ballot needs the voter's account and their receipt.
 *
 * Ballots already cast are rewritten in random order with new ids, which breaks the old link. Their
 * unkeyed receipt hashes are dropped: nothing proves which receipt belongs to which voter, so those
 * ballots are final (a receipt alone must never change a ballot again).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_ballot_pool')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id').onDelete('cascade'))
    .addColumn('choices', 'text', (c) => c.notNull())
    .addColumn('receipt_hash', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('budget_ballot_pool_budget').on('budget_ballot_pool').column('budget_id').execute();
  await db.schema.createIndex('budget_ballot_budget').on('budget_ballot').column('budget_id').execute();
  await db.schema.alterTable('budget_voter').addColumn('receipt_tag', 'text').execute();

  // PostgreSQL runs migrations inside one transaction already; SQLite's migrator does not.
  if (db.isTransaction) await remixCastBallots(db);
  else await db.transaction().execute(remixCastBallots);
}

async function remixCastBallots(db: Kysely<any>): Promise<void> {
  const rows: { budget_id: string; choices: string }[] = await db.selectFrom('budget_ballot').select(['budget_id', 'choices']).execute();
  if (rows.length === 0) return;
  await db.deleteFrom('budget_ballot').execute();
  const shuffled = secureShuffle(rows);
  for (let i = 0; i < shuffled.length; i += 500) {
    const chunk = shuffled.slice(i, i + 500).map((r) => ({ id: randomUUID(), budget_id: r.budget_id, choices: r.choices, receipt_hash: null }));
    await db.insertInto('budget_ballot').values(chunk).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // Ballots still waiting go into the urn first, so going back loses none.
  await db.insertInto('budget_ballot').columns(['id', 'budget_id', 'choices', 'receipt_hash']).expression(db.selectFrom('budget_ballot_pool').select(['id', 'budget_id', 'choices', 'receipt_hash'])).execute();
  await db.schema.dropTable('budget_ballot_pool').execute();
  await db.schema.dropIndex('budget_ballot_budget').execute();
  await db.schema.alterTable('budget_voter').dropColumn('receipt_tag').execute();
}
