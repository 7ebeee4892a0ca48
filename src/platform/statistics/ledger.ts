/**
 * The privacy ledger's queries. Append only: releases are recorded and read, never changed or removed
 * (a test checks that no code updates or deletes `privacy_release`).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Rational } from '../../engines/privacy/index.ts';
import type { Database, PrivacyReleaseTable } from '../../db/schema.ts';

type Db = Kysely<Database>;

/** A release as the ledger holds it. */
export interface LedgerEntry {
  datasetKey: string;
  releaseKey: string;
  period: string;
  epsilon: Rational;
  description: string;
  published: unknown;
  releasedAt: string;
}

function toEntry(row: PrivacyReleaseTable): LedgerEntry {
  return {
    datasetKey: row.dataset_key,
    releaseKey: row.release_key,
    period: row.period,
    epsilon: Rational.of(BigInt(row.epsilon_num), BigInt(row.epsilon_den)),
    description: row.description,
    published: JSON.parse(row.published),
    releasedAt: row.released_at,
  };
}

/** The release of a dataset with this key, if it was made already. */
export async function findRelease(db: Db, datasetKey: string, releaseKey: string): Promise<LedgerEntry | null> {
  const row = await db.selectFrom('privacy_release').selectAll().where('dataset_key', '=', datasetKey).where('release_key', '=', releaseKey).executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** The dataset's most recent release, if any. */
export async function latestRelease(db: Db, datasetKey: string): Promise<LedgerEntry | null> {
  const row = await db.selectFrom('privacy_release').selectAll().where('dataset_key', '=', datasetKey).orderBy('released_at', 'desc').executeTakeFirst();
  return row ? toEntry(row) : null;
}

/** The ε a dataset has spent in a budget period, summed exactly. */
export async function spentInPeriod(db: Db, datasetKey: string, period: string): Promise<Rational> {
  // Numerators are summed in SQL per denominator (a handful of rows however many releases), as text so
  // PostgreSQL's numeric sum reaches BigInt without passing through a float.
  const rows = await db
    .selectFrom('privacy_release')
    .select(['epsilon_den', (eb) => eb.cast<string>(eb.fn.sum('epsilon_num'), 'text').as('num')])
    .where('dataset_key', '=', datasetKey)
    .where('period', '=', period)
    .groupBy('epsilon_den')
    .execute();
  return rows.reduce((sum, r) => sum.add(Rational.of(BigInt(r.num), BigInt(r.epsilon_den))), Rational.ZERO);
}

/** Appends a release to the ledger. */
export async function recordRelease(db: Db, entry: LedgerEntry): Promise<void> {
  await db
    .insertInto('privacy_release')
    .values({
      id: randomUUID(),
      dataset_key: entry.datasetKey,
      release_key: entry.releaseKey,
      period: entry.period,
      epsilon_num: Number(entry.epsilon.num),
      epsilon_den: Number(entry.epsilon.den),
      description: entry.description,
      published: JSON.stringify(entry.published),
      released_at: entry.releasedAt,
    })
    .execute();
}
