/**
 * The one way a public statistic leaves cocity. Every page, API answer and export that shows counts
 * calls {@link publishStatistic}: it applies the small-count rule (with secondary suppression) and,
 * when the dataset has differential privacy on, noise under the dataset's ε budget kept in the
 * privacy ledger. A test fails if a module reaches the privacy engine any other way.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/connect.ts';
import type { Database } from '../../db/schema.ts';
import { lockUntilCommit } from '../../db/transaction-lock.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { cryptoRandomSource, formatEpsilon, Rational, releaseTable, type PublishedValue, type RandomSource } from '../../engines/privacy/index.ts';
import { budgetPeriodKey, privacyDefaults, resolveBudget, type DatasetPrivacy } from './dataset-privacy.ts';
import { findRelease, latestRelease, recordRelease, spentInPeriod, type LedgerEntry } from './ledger.ts';

export type { PublishedValue } from '../../engines/privacy/index.ts';

/** One table of counts (or integer sums) keyed by cell, e.g. proposals per neighbourhood. */
export interface CountTable {
  cells: Record<string, number>;
  /** Whether the table's total is published too (then one hidden cell hides a second). */
  withTotal?: boolean;
  /** The most one person can change this table's cells in total (default 1: one person, one count). */
  sensitivity?: number;
  /** Upper bound the noised cells are clamped to (e.g. the number of residents). */
  max?: number;
}

/** What to publish and under which dataset. */
export interface StatisticRequest {
  dataset: DatasetPrivacy;
  /** Names a differentially private release (e.g. "2025-Q2", "final"): asking again shows the same figures and spends nothing. */
  release?: string;
  /** What is released, in a few words, for the ledger. */
  description: string;
  tables: Record<string, CountTable>;
}

/** Published tables, cell by cell, and what noise they carry. */
export interface PublishedStatistic {
  tables: Record<string, { cells: Record<string, PublishedValue>; total?: PublishedValue }>;
  /** Set for a differentially private release: the ε it spent in all (split evenly between its tables) and when. */
  noise: { epsilon: string; releasedAt: string } | null;
}

/** Why a differentially private release was refused, with the figures a reader needs. */
export interface BudgetRefusal {
  code: 'privacy-budget-exhausted';
  dataset: string;
  period: string;
  spent: string;
  budget: string;
  requested: string;
  message: string;
}

export type PublishOutcome = { ok: true; statistic: PublishedStatistic } | { ok: false; refusal: BudgetRefusal; latest: PublishedStatistic | null };

/** Where the function reads and writes; `random` and `now` are replaced by tests only. */
export interface PublishContext {
  db: Kysely<Database>;
  dialect: DialectName;
  random?: RandomSource;
  now?: () => Date;
}

const productionRandom = cryptoRandomSource();

/** Publishes tables of counts under the dataset's privacy rules; a differentially private release that would overspend the budget is refused. */
export function publishStatistic(context: PublishContext, request: StatisticRequest & { dataset: { differentialPrivacy?: undefined } }): Promise<{ ok: true; statistic: PublishedStatistic }>;
export function publishStatistic(context: PublishContext, request: StatisticRequest): Promise<PublishOutcome>;
export async function publishStatistic(context: PublishContext, request: StatisticRequest): Promise<PublishOutcome> {
  const { dataset } = request;
  const threshold = dataset.threshold ?? privacyDefaults.threshold;
  if (!dataset.differentialPrivacy) {
    return { ok: true, statistic: { tables: releaseTables(request.tables, threshold), noise: null } };
  }
  if (!request.release) throw new TypeError(`Dataset "${dataset.key}" is differentially private: its releases need a release key`);
  const releaseKey = request.release;
  const budget = resolveBudget(dataset, dataset.differentialPrivacy);
  const existing = await findRelease(context.db, dataset.key, releaseKey);
  if (existing) return { ok: true, statistic: fromLedger(existing) };
  const now = (context.now ?? (() => new Date()))();
  const period = budgetPeriodKey(budget.period, now);
  try {
    return await context.db.transaction().execute(async (trx) => {
      await lockUntilCommit(trx, context.dialect, `privacy:${dataset.key}`);
      const made = await findRelease(trx, dataset.key, releaseKey);
      if (made) return { ok: true, statistic: fromLedger(made) };
      const spent = await spentInPeriod(trx, dataset.key, period);
      if (spent.add(budget.epsilonPerRelease).compare(budget.budget) > 0) {
        const latest = await latestRelease(trx, dataset.key);
        return { ok: false, refusal: refusal(dataset.key, period, spent, budget.budget, budget.epsilonPerRelease), latest: latest && fromLedger(latest) };
      }
      const tableCount = BigInt(Object.keys(request.tables).length || 1);
      const perTable = budget.epsilonPerRelease.div(Rational.of(tableCount));
      const tables = releaseTables(request.tables, threshold, { epsilon: perTable, random: context.random ?? productionRandom });
      const entry: LedgerEntry = { datasetKey: dataset.key, releaseKey, period, epsilon: budget.epsilonPerRelease, description: request.description, published: tables, releasedAt: now.toISOString() };
      await recordRelease(trx, entry);
      return { ok: true, statistic: fromLedger(entry) };
    });
  } catch (err) {
    // Another process made this very release between our read and our write: show that one.
    const made = isUniqueViolation(err) ? await findRelease(context.db, dataset.key, releaseKey) : null;
    if (made) return { ok: true, statistic: fromLedger(made) };
    throw err;
  }
}

function releaseTables(tables: Record<string, CountTable>, threshold: number, noise?: { epsilon: Rational; random: RandomSource }): PublishedStatistic['tables'] {
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => {
      const keys = Object.keys(table.cells);
      const released = releaseTable(
        keys.map((k) => table.cells[k]),
        { threshold, withTotal: table.withTotal, noise: noise && { ...noise, sensitivity: table.sensitivity ?? 1, max: table.max } },
      );
      const cells = Object.fromEntries(keys.map((k, i) => [k, released.cells[i]]));
      return [name, released.total ? { cells, total: released.total } : { cells }];
    }),
  );
}

function fromLedger(entry: LedgerEntry): PublishedStatistic {
  return { tables: entry.published as PublishedStatistic['tables'], noise: { epsilon: formatEpsilon(entry.epsilon), releasedAt: entry.releasedAt } };
}

function refusal(dataset: string, period: string, spent: Rational, budget: Rational, requested: Rational): BudgetRefusal {
  const [s, b, r] = [spent, budget, requested].map(formatEpsilon);
  return {
    code: 'privacy-budget-exhausted',
    dataset,
    period,
    spent: s,
    budget: b,
    requested: r,
    message: `Privacy budget of dataset "${dataset}" for ${period}: ε ${s} of ${b} already spent, and this release needs ${r} more. No new figures until the next period.`,
  };
}
