import type { Logger } from 'pino';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { listenHttp } from './http-server.ts';
import { installModules, modules, startBackgroundWork } from './modules/index.ts';
import { buildDeps } from './platform/deps.ts';

/**
 * Starts the HTTP server and returns its stop: stop accepting, let requests finish, close the database, exit
 * (code 0; 1 if requests still run after 10 s). Call it from a signal handler (see stop-signals.ts).
 */
export async function startServer(config: Config, handle: DatabaseHandle, log: Logger): Promise<(reason: string) => void> {
  const deps = buildDeps(config, handle, installModules(modules), log);
  const app = createApp(deps);
  let inFlight = 0;
  const countedFetch = async (request: Request, env: unknown) => {
    inFlight += 1;
    try {
      return await app.fetch(request, env as never);
    } finally {
      inFlight -= 1;
    }
  };
  const server = await listenHttp(countedFetch, config.port);
  // Background work (budget counts) starts once the server listens and ends before the database closes.
  const background = startBackgroundWork(deps);
  let stopping = false;
  return (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, 'shutting down: finishing requests');
    const backgroundStopped = background.stop().catch((err) => log.error({ err }, 'background work did not stop cleanly'));
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Open keep-alive or pre-connected sockets would hold close() open: once no request is running, drop them all.
    const http = server as unknown as { closeIdleConnections(): void; closeAllConnections(): void };
    const sweep = setInterval(() => (inFlight === 0 ? http.closeAllConnections() : http.closeIdleConnections()), 50);
    server.close(async () => {
      clearInterval(sweep);
      await backgroundStopped;
      await handle.close();
      log.info('stopped');
      process.exit(0);
    });
    http.closeIdleConnections();
  };
}

