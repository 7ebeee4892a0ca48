import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connect.ts';
import { buildDeps } from './platform/deps.ts';

/** Starts the HTTP server; on SIGTERM/SIGINT it stops accepting, lets requests finish, then closes the database. */
export async function startServer(config: Config, handle: DatabaseHandle, log: Logger): Promise<void> {
  const deps = buildDeps(config, handle, log);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: '0.0.0.0' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(async () => {
      await handle.close();
      log.info('stopped');
      process.exit(0);
    });
    // Idle keep-alive connections would hold close() open.
    (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}
