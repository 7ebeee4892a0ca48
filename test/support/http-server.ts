import type { Server } from 'node:http';
import { listenHttp, listeningPort } from '../../src/http-server.ts';
import { createTestContext, type TestContext } from './app.ts';
import { capturingLogger, type LogEntry } from './logs.ts';

/** A test app served over real sockets (with the production server limits), its logs captured. */
export interface TestHttpServer {
  ctx: TestContext;
  port: number;
  logs: LogEntry[];
  close(): Promise<void>;
}

/** Starts the app on a free port of 127.0.0.1. */
export async function startTestHttpServer(): Promise<TestHttpServer> {
  const ctx = await createTestContext();
  const { log, entries } = capturingLogger();
  ctx.deps.log = log;
  const server: Server = await listenHttp(ctx.app.fetch, 0, '127.0.0.1');
  return {
    ctx,
    port: listeningPort(server),
    logs: entries,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await ctx.close();
    },
  };
}
