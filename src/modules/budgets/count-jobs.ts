// The count of a budget as a job row: queued by an admin, claimed by a runner, kept alive by its
// heartbeat, finished with the result. A queued or running count whose heartbeat stopped for
// STALE_MS was interrupted (the server stopped or crashed): a server takes it up again from the start
// (count-supervisor.ts), at most MAX_RESUMES times, and the admin can start it again too. Nothing of a
// count is written before its end, and its end is one transaction: an interrupted count leaves no half.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Add1Progress } from '../../engines/budgeting/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { StoredOutcome } from './count-outcome.ts';
import { findResult } from './queries.ts';

/** How often a runner writes its progress, and how long a silent count is taken for interrupted. */
export const HEARTBEAT_MS = 2_000;
export const STALE_MS = 30_000;
/** How many times an interrupted count is taken up again by itself before it is reported as failed. */
export const MAX_RESUMES = 3;

export type CountState = 'queued' | 'running' | 'done' | 'failed' | 'interrupted';

/** What the admin sees of a budget's latest count. */
export interface CountStatus {
  state: CountState;
  /** How often a server took this count up again after an interruption. */
  resumes: number;
  mesRuns: number;
  endowment: number | null;
  spent: number | null;
  /** A message key (budgets.count.errors.*) when the count failed. */
  error: string | null;
  requestedAt: string;
  finishedAt: string | null;
}

const staleBefore = (now: number) => new Date(now - STALE_MS).toISOString();

/** The latest count of a budget, if any. */
export async function findCount(db: Kysely<Database>, budgetId: string, now = Date.now()): Promise<CountStatus | null> {
  const row = await db.selectFrom('budget_count').selectAll().where('budget_id', '=', budgetId).executeTakeFirst();
  if (!row) return null;
  const live = row.state === 'queued' || row.state === 'running';
  return {
    state: live && row.heartbeat_at < staleBefore(now) ? 'interrupted' : (row.state as CountState),
    resumes: Number(row.resumes),
    mesRuns: Number(row.mes_runs),
    endowment: row.endowment === null ? null : Number(row.endowment),
    spent: row.spent === null ? null : Number(row.spent),
    error: row.error,
    requestedAt: row.requested_at,
    finishedAt: row.finished_at,
  };
}

/**
 * Queues a new count of a budget and returns its attempt id, or null when a count is already under
 * way: one statement, so two clicks (or two servers) cannot both start one.
 */
export async function queueCount(db: Kysely<Database>, budgetId: string, userId: string, now = Date.now()): Promise<string | null> {
  const at = new Date(now).toISOString();
  const fresh = { attempt: randomUUID(), state: 'queued', requested_by: userId, resumes: 0, mes_runs: 0, endowment: null, spent: null, error: null, requested_at: at, heartbeat_at: at, finished_at: null };
  const row = await db
    .insertInto('budget_count')
    .values({ budget_id: budgetId, ...fresh })
    .onConflict((oc) =>
      oc
        .column('budget_id')
        .doUpdateSet(fresh)
        .where((eb) => eb.or([eb('budget_count.state', 'in', ['done', 'failed']), eb('budget_count.heartbeat_at', '<', staleBefore(now))])),
    )
    .returning('attempt')
    .executeTakeFirst();
  return row?.attempt ?? null;
}

/** Marks a queued attempt as running; false when another attempt replaced it. */
export async function claimCount(db: Kysely<Database>, budgetId: string, attempt: string): Promise<boolean> {
  const done = await db
    .updateTable('budget_count')
    .set({ state: 'running', heartbeat_at: new Date().toISOString() })
    .where('budget_id', '=', budgetId)
    .where('attempt', '=', attempt)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}

/** Records that the attempt is alive, with its latest progress. */
export async function beatCount(db: Kysely<Database>, budgetId: string, attempt: string, progress: Add1Progress | null): Promise<void> {
  const set = progress ? { mes_runs: progress.runs, endowment: progress.endowment, spent: progress.cost } : {};
  await db
    .updateTable('budget_count')
    .set({ heartbeat_at: new Date().toISOString(), ...set })
    .where('budget_id', '=', budgetId)
    .where('attempt', '=', attempt)
    .where('state', '=', 'running')
    .execute();
}

/**
 * Stores the outcome as the budget's result with its audit entry, in one transaction. Nothing is
 * written when the attempt was replaced, and the count fails when results were published meanwhile.
 */
export async function finishCount(db: Kysely<Database>, budgetId: string, attempt: string, outcome: StoredOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const finished = new Date().toISOString();
    // Updating the row first locks it: an attempt queued meanwhile waits, or has already replaced this one.
    const claimed = await trx
      .updateTable('budget_count')
      .set({ state: 'done', finished_at: finished, heartbeat_at: finished })
      .where('budget_id', '=', budgetId)
      .where('attempt', '=', attempt)
      .where('state', '=', 'running')
      .returning('requested_by')
      .executeTakeFirst();
    if (!claimed) return;
    if ((await findResult(trx, budgetId))?.published_at) return void (await failCount(trx, budgetId, attempt, 'budgets.results.errors.published'));
    await trx.deleteFrom('budget_result').where('budget_id', '=', budgetId).execute();
    await trx.insertInto('budget_result').values({ budget_id: budgetId, rule: outcome.rule, outcome: JSON.stringify(outcome), ballot_count: outcome.ballots, counted_at: finished, published_at: null }).execute();
    const actor = claimed.requested_by ? { userId: claimed.requested_by } : null;
    await recordAudit(trx, actor, 'budget.count', { type: 'budget', id: budgetId }, { rule: outcome.rule, ballots: outcome.ballots, selected: outcome.selected });
  });
}

/** Records that an attempt failed, with a message key for the admin. */
export async function failCount(db: Kysely<Database>, budgetId: string, attempt: string, error: string): Promise<void> {
  const at = new Date().toISOString();
  await db.updateTable('budget_count').set({ state: 'failed', error, finished_at: at, heartbeat_at: at }).where('budget_id', '=', budgetId).where('attempt', '=', attempt).execute();
}

/**
 * Hands back a count this server stops running (a graceful stop): queued again, with a heartbeat so
 * old that the next server to look takes it up at once instead of after STALE_MS.
 */
export async function releaseCount(db: Kysely<Database>, budgetId: string, attempt: string): Promise<void> {
  await db
    .updateTable('budget_count')
    .set({ state: 'queued', heartbeat_at: new Date(0).toISOString(), mes_runs: 0, endowment: null, spent: null })
    .where('budget_id', '=', budgetId)
    .where('attempt', '=', attempt)
    .where('state', 'in', ['queued', 'running'])
    .execute();
}

/** A count this server took up again, under a new attempt id. */
export interface ResumedCount {
  budgetId: string;
  attempt: string;
}

/**
 * Takes up every interrupted count (queued or running, heartbeat older than STALE_MS) under a new
 * attempt, or fails it once it was resumed MAX_RESUMES times. Each row changes only if its attempt is
 * still the stale one, so two servers sweeping at once never both take the same count.
 */
export async function takeUpInterrupted(db: Kysely<Database>, now = Date.now()): Promise<ResumedCount[]> {
  const stale = staleBefore(now);
  const rows = await db.selectFrom('budget_count').select(['budget_id', 'attempt', 'resumes']).where('state', 'in', ['queued', 'running']).where('heartbeat_at', '<', stale).execute();
  const taken: ResumedCount[] = [];
  for (const row of rows) {
    const at = new Date(now).toISOString();
    const giveUp = Number(row.resumes) >= MAX_RESUMES;
    const attempt = randomUUID();
    const set = giveUp ? { state: 'failed', error: 'budgets.count.errors.interrupted', finished_at: at, heartbeat_at: at } : { attempt, state: 'queued', resumes: Number(row.resumes) + 1, heartbeat_at: at, mes_runs: 0, endowment: null, spent: null };
    const changed = await db.updateTable('budget_count').set(set).where('budget_id', '=', row.budget_id).where('attempt', '=', row.attempt).where('heartbeat_at', '<', stale).executeTakeFirst();
    if (!giveUp && Number(changed.numUpdatedRows) === 1) taken.push({ budgetId: row.budget_id, attempt });
  }
  return taken;
}
