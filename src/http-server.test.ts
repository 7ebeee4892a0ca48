import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttpServer, type TestHttpServer } from '../test/support/http-server.ts';
import { httpLimits } from './http-server.ts';

let http: TestHttpServer;
let port: number;
beforeAll(async () => {
  http = await startTestHttpServer();
  port = http.port;
});
afterAll(() => http.close());

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves with what the server sent and how long it took to close the socket. */
function untilClosed(socket: Socket): Promise<{ received: string; ms: number }> {
  const started = Date.now();
  let received = '';
  socket.on('data', (d) => (received += d));
  return new Promise((resolve) => socket.on('close', () => resolve({ received, ms: Date.now() - started })));
}

/** One raw HTTP/1.1 request; resolves with the status code. */
async function rawStatus(head: string): Promise<number> {
  const socket = await open();
  socket.write(head);
  // No half-close: the request says `Connection: close`, the server closes once it has answered.
  const { received } = await untilClosed(socket);
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
}

describe('the HTTP server against slow and piled-up connections', () => {
  it('closes a socket that sends its headers too slowly (slowloris)', async () => {
    const socket = await open();
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: a');
    const drip = setInterval(() => socket.writable && socket.write('a'), 1_000);
    const { received, ms } = await untilClosed(socket);
    clearInterval(drip);
    expect(received).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(ms).toBeLessThan(httpLimits.headersTimeoutMs + 3_000);
  }, 20_000);

  it('refuses connections past the cap instead of running out of file descriptors, and serves again once they go', async () => {
    const held: Socket[] = [];
    for (let i = 0; i < httpLimits.maxConnections; i++) held.push(await open());
    await new Promise((r) => setTimeout(r, 200));
    const extra = await open();
    const { received } = await untilClosed(extra);
    expect(received).toBe('');
    for (const s of held) s.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect(await rawStatus('GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')).toBe(200);
  }, 30_000);

  it('answers 400 to a Host header that is not an address, and to a body cut short, logging no error', async () => {
    expect(await rawStatus('GET / HTTP/1.1\r\nHost: 99999999999\r\nConnection: close\r\n\r\n')).toBe(400);
    for (const framing of ['Content-Length: 1000\r\n\r\nemail=a', 'Transfer-Encoding: chunked\r\n\r\n5\r\nemail\r\n']) {
      const socket = await open();
      socket.write(`POST /account/sign-in HTTP/1.1\r\nHost: localhost:3000\r\nOrigin: http://localhost:3000\r\nContent-Type: application/x-www-form-urlencoded\r\n${framing}`);
      await new Promise((r) => setTimeout(r, 200));
      socket.destroy();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(http.logs.filter((l) => l.level >= 40)).toEqual([]);
    expect(http.logs.filter((l) => l.msg === 'request body aborted by the client')).toHaveLength(2);
  });
});
