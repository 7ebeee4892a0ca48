// Runs a budget count in a worker thread, in the background of the process that queued or resumed it,
// so the request that asked for it returns at once and the server keeps answering while the engine works.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import type { Add1Progress, Election, RuleName } from '../../engines/budgeting/index.ts';
import { startWorker } from '../../platform/worker.ts';
import { ballotsToCount } from './ballot-box.ts';
import { loadBudgetContextForServer, type BudgetContext } from './budget-context.ts';
import { beatCount, claimCount, failCount, finishCount, HEARTBEAT_MS, releaseCount } from './count-jobs.ts';
import type { StoredOutcome } from './count-outcome.ts';
import { budgetElection } from './election.ts';
import { findResult } from './queries.ts';

/** A count that runs longer than this is stopped and reported as failed (a bound, not an estimate). */
export const COUNT_TIME_LIMIT_MS = 15 * 60_000;
/** Heap of the worker thread: a count that needs more fails alone instead of taking the server down. */
const WORKER_HEAP_MB = 1024;

type RunnerDeps = { db: Kysely<Database>; log: Logger };

class TimeLimit extends Error {}

interface Task {
  done: Promise<void>;
  stop: AbortController;
}

// Counts run by this process, per database, so shutdown can stop them and tests can wait for them.
const running = new WeakMap<Kysely<Database>, Set<Task>>();

/** Why a budget may not be counted now (a message key), or null: voting must be closed and the result unpublished. */
export async function countRefusal(db: Kysely<Database>, ctx: BudgetContext): Promise<string | null> {
  if (ctx.votingOpen) return 'budgets.results.errors.votingOpen';
  if ((await findResult(db, ctx.budget.id))?.published_at) return 'budgets.results.errors.published';
  return null;
}

/** Runs a queued count in the background; its end (result, failure or hand-back) is written to its job row. */
export function runCountInBackground(deps: RunnerDeps, budgetId: string, attempt: string, timeLimitMs = COUNT_TIME_LIMIT_MS): void {
  const tasks = running.get(deps.db) ?? new Set<Task>();
  running.set(deps.db, tasks);
  const stop = new AbortController();
  const done = runCount(deps, budgetId, attempt, timeLimitMs, stop.signal).catch((err) => deps.log.error({ err, budget: budgetId }, 'budget count could not record its end'));
  const task = { done, stop };
  tasks.add(task);
  void done.finally(() => tasks.delete(task));
}

/** Resolves once every count this process runs on this database has ended. */
export async function settleCounts(db: Kysely<Database>): Promise<void> {
  const tasks = running.get(db);
  while (tasks && tasks.size > 0) await Promise.all([...tasks].map((t) => t.done));
}

/** Stops every count this process runs on this database and hands each back for the next server to take up. */
export async function stopCounts(db: Kysely<Database>): Promise<void> {
  for (const task of running.get(db) ?? []) task.stop.abort();
  await settleCounts(db);
}

async function runCount(deps: RunnerDeps, budgetId: string, attempt: string, timeLimitMs: number, signal: AbortSignal): Promise<void> {
  const { db, log } = deps;
  if (!(await claimCount(db, budgetId, attempt))) return;
  let latest: Add1Progress | null = null;
  const beat = () => void beatCount(db, budgetId, attempt, latest).catch((err) => log.warn({ err, budget: budgetId }, 'budget count heartbeat failed'));
  const heartbeat = setInterval(beat, HEARTBEAT_MS);
  try {
    const ctx = await loadBudgetContextForServer(db, budgetId);
    const refusal = await countRefusal(db, ctx);
    if (refusal) return await failCount(db, budgetId, attempt, refusal);
    signal.throwIfAborted();
    const election = budgetElection(ctx, await ballotsToCount(db, budgetId));
    signal.throwIfAborted();
    const onProgress = (progress: Add1Progress) => {
      // The first progress is written at once (the admin sees the search has begun), later ones with the heartbeat.
      if (latest === null) queueMicrotask(beat);
      latest = progress;
    };
    const outcome = await countInWorker(election, ctx.settings.rule, timeLimitMs, signal, onProgress);
    await finishCount(db, budgetId, attempt, outcome);
  } catch (err) {
    if (signal.aborted) {
      log.info({ budget: budgetId }, 'budget count stopped with the server; handed back to be taken up again');
      return await releaseCount(db, budgetId, attempt);
    }
    log.error({ err, budget: budgetId }, 'budget count failed');
    await failCount(db, budgetId, attempt, err instanceof TimeLimit ? 'budgets.count.errors.timeLimit' : 'budgets.count.errors.failed');
  } finally {
    clearInterval(heartbeat);
  }
}

function countInWorker(election: Election, rule: RuleName, timeLimitMs: number, signal: AbortSignal, onProgress: (progress: Add1Progress) => void): Promise<StoredOutcome> {
  const worker = startWorker(new URL('./budget-count.worker.ts', import.meta.url), { election, rule }, { maxOldGenerationSizeMb: WORKER_HEAP_MB });
  return new Promise<StoredOutcome>((resolve, reject) => {
    let settled = false;
    // The first of a result, an error, the time limit, a stop or the thread's exit settles; the rest change nothing.
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      void worker.terminate();
      end();
    };
    const abort = () => settle(() => reject(signal.reason));
    const timer = setTimeout(() => settle(() => reject(new TimeLimit(`count took longer than ${timeLimitMs} ms`))), timeLimitMs);
    signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: { type: 'progress'; progress: Add1Progress } | { type: 'done'; outcome: StoredOutcome }) => {
      if (message.type === 'progress') onProgress(message.progress);
      else settle(() => resolve(message.outcome));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`count worker stopped with code ${code}`))));
  });
}
