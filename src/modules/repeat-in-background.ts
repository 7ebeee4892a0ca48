import type { Logger } from 'pino';
import type { BackgroundWork } from './define-module.ts';

/**
 * Runs `task` at start and then every `everyMs`, logging a failure as `failure` (the next run tries again);
 * `stop()` ends the timer and waits for a run in progress, so the database is not closed under it.
 */
export function repeatInBackground(task: () => Promise<unknown>, everyMs: number, log: Logger, failure: string): BackgroundWork {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = task().catch((error: unknown) => log.error({ err: error }, failure));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
