import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { truncateWriteAheadLog } from '../../db/write-ahead-log.ts';
import { secureShuffle } from '../../engines/mixing/shuffle.ts';
import { listBallotChoices } from './queries.ts';

/**
 * The ballot box of a budget: a pool where new ballots wait, and the urn (`budget_ballot`) they are
 * counted from. A ballot is written into the pool together with its voter's register row (one
 * transaction, so it is never lost nor counted twice); that pool row is the one place where storage
 * order links a ballot to a voter. Ballots leave the pool only in batches of at least
 * BALLOT_BATCH_SIZE, in one transaction, in random order and under new random ids, so in the urn each
 * ballot hides among the voters of its batch (PostgreSQL: they share one xmin, and their ctid order is
 * random; SQLite: their rowids are in random order). Counting seals the box: what is left in the pool and
 * the whole urn are rewritten in one random order, so the last, smaller batch is not left exposed and
 * every ballot then hides among all voters. See docs/guide-budgets.md.
 */

/** k: ballots move from the pool into the urn only in batches of at least this many (see the guide for why 10). */
export const BALLOT_BATCH_SIZE = 10;

type Db = Kysely<Database> | Transaction<Database>;
type StoredBallot = { choices: string; receipt_hash: string | null };

/** Puts a new ballot into the pool; called inside the transaction that writes its register row. */
export async function dropIntoPool(trx: Db, budgetId: string, choices: string, receiptHash: string | null): Promise<void> {
  await trx.insertInto('budget_ballot_pool').values({ id: randomUUID(), budget_id: budgetId, choices, receipt_hash: receiptHash }).execute();
}

class NothingToMove extends Error {}

// One transaction: the pool rows are taken (DELETE ... RETURNING gets the latest version of each, even
// when a change is being written at the same moment) and written into the urn in random order. Two
// requests mixing at once cannot move a ballot twice: the second finds the rows already taken.
async function moveIntoUrn(db: Kysely<Database>, budgetId: string, minimum: number, withWholeUrn: boolean): Promise<number> {
  let moved: number;
  try {
    moved = await db.transaction().execute(async (trx) => {
      const waiting = await trx.deleteFrom('budget_ballot_pool').where('budget_id', '=', budgetId).returning(['choices', 'receipt_hash']).execute();
      if (waiting.length < minimum) throw new NothingToMove();
      const counted = withWholeUrn ? await trx.deleteFrom('budget_ballot').where('budget_id', '=', budgetId).returning(['choices', 'receipt_hash']).execute() : [];
      await insertInRandomOrder(trx, budgetId, [...waiting, ...counted]);
      return waiting.length;
    });
  } catch (error) {
    if (error instanceof NothingToMove) return 0;
    throw error;
  }
  await truncateWriteAheadLog(db);
  return moved;
}

async function insertInRandomOrder(trx: Transaction<Database>, budgetId: string, ballots: StoredBallot[]): Promise<void> {
  const shuffled = secureShuffle(ballots);
  // Multi-row inserts keep the order of their rows (rowid, heap position); 500 rows stay far below bound-parameter limits.
  for (let i = 0; i < shuffled.length; i += 500) {
    const rows = shuffled.slice(i, i + 500).map((b) => ({ id: randomUUID(), budget_id: budgetId, choices: b.choices, receipt_hash: b.receipt_hash }));
    await trx.insertInto('budget_ballot').values(rows).execute();
  }
}

/**
 * Mixes the pool into the urn once it holds a full batch. Called after every cast; a failure is logged
 * and changes nothing (the ballots stay in the pool, durable, and the next cast or the seal moves them).
 */
export async function mixWhenBatchFull(db: Kysely<Database>, budgetId: string, log: Logger): Promise<number> {
  try {
    const row = await db.selectFrom('budget_ballot_pool').select((eb) => eb.fn.countAll().as('n')).where('budget_id', '=', budgetId).executeTakeFirst();
    if (Number(row?.n ?? 0) < BALLOT_BATCH_SIZE) return 0;
    return await moveIntoUrn(db, budgetId, BALLOT_BATCH_SIZE, false);
  } catch (error) {
    log.warn({ err: error, budgetId }, 'ballot pool not mixed this time; its ballots stay in the pool');
    return 0;
  }
}

/**
 * Seals the ballot box for counting: the pool and the whole urn are rewritten in one random order, so
 * after the count every ballot hides among all the voters of the budget, not only those of its batch.
 */
export function sealBallotBox(db: Kysely<Database>, budgetId: string): Promise<number> {
  return moveIntoUrn(db, budgetId, 0, true);
}

/** Every ballot of a budget, for counting: the box is sealed first, so no ballot in the pool is left out. */
export async function ballotsToCount(db: Kysely<Database>, budgetId: string): Promise<string[]> {
  await sealBallotBox(db, budgetId);
  return listBallotChoices(db, budgetId);
}

/**
 * Every ballot of a budget, for a download. Ballots still in the pool (cast just before the close, or
 * after a count) are mixed with the whole urn first; otherwise nothing is rewritten, so frequent public
 * downloads cost no writes.
 */
export async function ballotsToExport(db: Kysely<Database>, budgetId: string): Promise<string[]> {
  await moveIntoUrn(db, budgetId, 1, true);
  return listBallotChoices(db, budgetId);
}

/** The choices of the ballot with this receipt hash, in the urn or still in the pool. */
export async function findBallotChoices(db: Db, budgetId: string, receiptHash: string): Promise<string | undefined> {
  for (const table of ['budget_ballot', 'budget_ballot_pool'] as const) {
    const row = await db.selectFrom(table).select('choices').where('budget_id', '=', budgetId).where('receipt_hash', '=', receiptHash).executeTakeFirst();
    if (row) return row.choices;
  }
  return undefined;
}

/**
 * Replaces the choices of the ballot with this receipt hash. A ballot still in the pool is rewritten
 * there; a ballot in the urn goes back to the pool, to be mixed again with others: changing it in place
 * would mark it (a fresh xmin on PostgreSQL) at the moment its voter was active. False when none matches.
 */
export async function replaceBallot(db: Kysely<Database>, budgetId: string, receiptHash: string, choices: string): Promise<boolean> {
  // A second attempt covers a mix or a seal moving this very ballot while the first one looked for it.
  for (let attempt = 0; attempt < 2; attempt++) {
    const replaced = await db.transaction().execute(async (trx) => {
      const fromUrn = await trx.deleteFrom('budget_ballot').where('budget_id', '=', budgetId).where('receipt_hash', '=', receiptHash).executeTakeFirst();
      if (Number(fromUrn.numDeletedRows) > 0) {
        await dropIntoPool(trx, budgetId, choices, receiptHash);
        return true;
      }
      const inPool = await trx.updateTable('budget_ballot_pool').set({ choices }).where('budget_id', '=', budgetId).where('receipt_hash', '=', receiptHash).executeTakeFirst();
      return Number(inPool.numUpdatedRows) > 0;
    });
    if (replaced) return true;
  }
  return false;
}
