// Loaded first by `cocity serve`, so that a signal arriving while the server loads and starts is not lost.
import cluster from 'node:cluster';

/**
 * Calls the server's stop on SIGTERM or SIGINT, and in a worker process also when its primary is gone. A
 * signal that comes while the server is still starting (migrating, waiting for another process to seed) is
 * kept: the server stops as soon as it listens, cleanly, instead of dying half-started.
 */
export function stopOnSignals(): { whenListening(stop: (reason: string) => void): void } {
  let stop: ((reason: string) => void) | null = null;
  let pending: string | null = null;
  const request = (reason: string) => (stop ? stop(reason) : (pending ??= reason));
  process.on('SIGTERM', () => request('SIGTERM'));
  process.on('SIGINT', () => request('SIGINT'));
  if (cluster.isWorker) process.on('disconnect', () => request('the primary process is gone'));
  return {
    whenListening(serverStop) {
      stop = serverStop;
      if (pending) serverStop(pending);
    },
  };
}
