import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';

/**
 * Limits of the HTTP server against slow and piled-up connections (slowloris): a socket that has not sent
 * its headers in 10 s, or its whole request in 60 s (a 3 MB photo on a slow mobile line fits), is closed; an
 * idle keep-alive socket goes after 5 s; past 1,000 open connections new ones are refused at once, so file
 * descriptors run out for nobody (the reverse proxy should also cap connections per client address).
 */
export const httpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  // How often Node looks for sockets past the two timeouts above (its default, 30 s, lets them linger).
  timeoutCheckIntervalMs: 1_000,
} as const;

type FetchHandler = (request: Request, env: unknown) => Response | Promise<Response>;

/** Starts listening with the limits above and resolves once the port is open (port 0 picks a free one). */
export async function listenHttp(fetch: FetchHandler, port: number, hostname = '0.0.0.0'): Promise<Server> {
  const server = serve({
    fetch,
    port,
    hostname,
    serverOptions: {
      headersTimeout: httpLimits.headersTimeoutMs,
      requestTimeout: httpLimits.requestTimeoutMs,
      keepAliveTimeout: httpLimits.keepAliveTimeoutMs,
      connectionsCheckingInterval: httpLimits.timeoutCheckIntervalMs,
    },
  }) as Server;
  server.maxConnections = httpLimits.maxConnections;
  // A port in use fails the start (the caller explains it in one line) instead of crashing on an unhandled 'error'.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** The port a server listens on (for servers started on port 0). */
export const listeningPort = (server: Server): number => (server.address() as AddressInfo).port;
