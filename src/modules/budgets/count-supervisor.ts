// Keeps counts from being lost with their server: at start and every SWEEP_MS, a server takes up the
// counts another server (or itself, before a restart) left interrupted; at its stop, it hands its own
// running counts back. See count-jobs.ts for the rules of a count's row.
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import type { BackgroundWork } from '../define-module.ts';
import { takeUpInterrupted } from './count-jobs.ts';
import { runCountInBackground, stopCounts } from './count-runner.ts';

/** How often a server looks for interrupted counts. */
export const SWEEP_MS = 10_000;

/** Takes up interrupted counts now and every `sweepMs`; `stop()` ends that and hands back the counts this server runs. */
export function superviseCounts(deps: { db: Kysely<Database>; log: Logger }, sweepMs = SWEEP_MS): BackgroundWork {
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = () => {
    sweeping = sweeping.then(async () => {
      try {
        for (const { budgetId, attempt } of await takeUpInterrupted(deps.db)) {
          deps.log.info({ budget: budgetId }, 'taking up an interrupted budget count');
          runCountInBackground(deps, budgetId, attempt);
        }
      } catch (err) {
        deps.log.warn({ err }, 'could not look for interrupted budget counts; will look again');
      }
    });
  };
  sweep();
  const timer = setInterval(sweep, sweepMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await sweeping;
      await stopCounts(deps.db);
    },
  };
}
