// `cocity serve` with COCITY_WORKERS > 1: this (primary) process serves nothing itself. It starts the worker
// processes, which share the port (node:cluster hands each new connection to the next worker), forwards news
// between them, starts a new one when one dies, and stops them all on SIGTERM or SIGINT.
import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { isSiblingNews } from './platform/sibling-workers.ts';

/** Sent by a worker once it listens, with the demo accounts if it was the one that seeded them. */
export interface WorkerReady {
  cocity: 'ready';
  accounts: { email: string; password: string; role: string }[] | null;
  /** This worker created the demo city just now (and holds the memory that took). */
  seededNow: boolean;
}

/** Sent by a worker that could not start, with the one line that says why. */
export interface WorkerFailed {
  cocity: 'failed';
  line: string;
}

/** A worker stopping on its own within this time of its start, this many times in a row, stops the server. */
export const restartLimits = { quickExitMs: 30_000, quickExitsInARow: 3, stopTimeoutMs: 15_000 } as const;

interface Supervision {
  workers: number;
  log: Logger;
  /** Called once, when every worker listens. */
  onReady(accounts: WorkerReady['accounts']): void;
  /** Writes one line to stderr (a failed start). */
  complain(line: string): void;
}

/**
 * Runs `workers` worker processes until SIGTERM/SIGINT; resolves with the exit code: 0 when every worker
 * stopped cleanly, 1 when the start failed or a worker had to be killed. Only a worker that dies after the
 * start is replaced; a start that fails stops the others and reports the first worker's reason once.
 */
export function superviseWorkers({ workers, log, onReady, complain }: Supervision): Promise<number> {
  const live = new Set<Worker>();
  const started = new Map<Worker, number>();
  const serving = new Set<Worker>();
  // The worker that seeded the demo city keeps the seed's memory (~220 MB against ~110 MB for the others): once
  // a fresh worker listens in its place, it stops (gracefully), and the server says it runs only then.
  const retiring = new Set<Worker>();
  let retirementAsked = false;
  let everyoneReady = false;
  let stopping = false;
  let exitCode = 0;
  let quickExits = 0;
  let seeded: WorkerReady['accounts'] = null;
  let finish: (code: number) => void;
  const finished = new Promise<number>((resolve) => (finish = resolve));

  const stopAll = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    for (const worker of live) worker.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const worker of live) worker.process.kill('SIGKILL');
      exitCode = 1;
    }, restartLimits.stopTimeoutMs);
    force.unref();
    if (live.size === 0) finish(exitCode);
  };

  const announceWhenReady = () => {
    const fresh = [...serving].filter((w) => !retiring.has(w) && live.has(w)).length;
    if (everyoneReady || stopping || fresh < workers) return;
    if (retiring.size > 0) {
      if (!retirementAsked) for (const worker of retiring) worker.process.kill('SIGTERM');
      retirementAsked = true;
      return; // announced when the last of them has stopped
    }
    everyoneReady = true;
    onReady(seeded);
  };

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    started.set(worker, Date.now());
    worker.on('message', (message: unknown) => {
      if (isSiblingNews(message)) {
        for (const other of live) if (other !== worker && other.isConnected()) other.send(message, undefined, () => undefined);
      } else if ((message as WorkerReady)?.cocity === 'ready') {
        const { accounts, seededNow } = message as WorkerReady;
        seeded ??= accounts;
        serving.add(worker);
        if (seededNow && !stopping) {
          retiring.add(worker);
          fork();
        }
        announceWhenReady();
      } else if ((message as WorkerFailed)?.cocity === 'failed' && !everyoneReady && !stopping) {
        complain((message as WorkerFailed).line);
        stopAll(1);
      }
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      if (retiring.delete(worker) && !stopping) {
        if (code !== 0) log.warn({ pid: worker.process.pid, code, signal }, 'the process that seeded the demo city stopped uncleanly');
        return announceWhenReady();
      }
      const lived = Date.now() - (started.get(worker) ?? 0);
      if (stopping) {
        // SIGTERM ends a worker at once only while it loads its code, before it handles signals: it had
        // neither written nor served anything (afterwards a signal waits until the worker listens).
        const stoppedBeforeStarting = signal === 'SIGTERM' && !serving.has(worker);
        if (code !== 0 && !stoppedBeforeStarting) exitCode = 1;
        if (live.size === 0) finish(exitCode);
        return;
      }
      if (!everyoneReady) {
        complain(`cocity: a server process stopped while starting (${signal ?? `exit code ${code}`}): run it again with LOG_LEVEL=debug to see why`);
        return stopAll(1);
      }
      quickExits = lived < restartLimits.quickExitMs ? quickExits + 1 : 0;
      if (quickExits >= restartLimits.quickExitsInARow) {
        log.fatal({ pid: worker.process.pid, code, signal }, 'server processes keep stopping right after they start: stopping the server');
        return stopAll(1);
      }
      log.error({ pid: worker.process.pid, code, signal }, 'a server process stopped: starting another');
      fork();
    });
  };

  for (let i = 0; i < workers; i++) fork();
  const onSignal = (signal: string) => {
    log.info({ signal }, 'shutting down: stopping every server process');
    stopAll(0);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));
  return finished;
}
