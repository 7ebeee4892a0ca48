import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttpServer, type TestHttpServer } from '../test/support/http-server.ts';

// A small HTTP fuzzer over the real server (raw sockets, so Host headers and paths go out exactly as generated):
// whatever a client sends, the answer is never a 5xx and nothing is logged as an error.
let http: TestHttpServer;
beforeAll(async () => {
  http = await startTestHttpServer();
});
afterAll(() => http.close());

function send(raw: Buffer): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    // Write without half-closing: Node's server drops the response of a client that sent FIN first
    // (browsers never do); `Connection: close` makes the server close once it has answered.
    const socket = connect(http.port, '127.0.0.1', () => socket.write(raw));
    socket.setTimeout(15_000, () => socket.destroy());
    socket.setEncoding('latin1');
    socket.on('data', (d) => (received += d));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
  });
}

const postRoutes = ['/account/sign-in', '/account/sign-up', '/account/forgot-password', '/moderation/flag', '/admin/processes/new', '/no-such-page', '/api/v1/processes'];
const oddHosts = fc.oneof(
  fc.constantFrom('localhost:3000', '99999999999', '4294967296', '0x1g', '[::1', '[::1]:80', 'localhost:99999', 'a..b', '-', '%', 'xn--', '1.2.3.4.5', '127.0.0.1:0'),
  fc.stringMatching(/^[a-z0-9.:[\]%_-]{0,30}$/),
);
const oddPaths = fc.oneof(
  fc.constantFrom('/', '//evil.example/x', '/\\evil.example', '/%', '/%zz', '/..%2f..%2fetc', '/?lang=%', '/account/sign-in?next=//evil', '/processes/%00', '/' + '9'.repeat(400)),
  fc.stringMatching(/^\/[!-~]{0,60}$/),
);
const token = fc.stringMatching(/^[!-~]{0,12}$/);
const multipartBody = fc
  .record({
    boundary: fc.stringMatching(/^[A-Za-z0-9'()+_,./:=? -]{0,20}$/),
    declared: fc.option(fc.stringMatching(/^[A-Za-z0-9'"()+_,./:=? -]{0,20}$/), { nil: undefined }),
    parts: fc.array(fc.record({ headers: fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), content: fc.string({ maxLength: 60 }) }), { maxLength: 4 }),
    close: fc.boolean(),
    cut: fc.nat(),
  })
  .map(({ boundary, declared, parts, close, cut }) => {
    let body = parts.map((p) => `--${boundary}\r\n${p.headers.join('\r\n')}\r\n\r\n${p.content}\r\n`).join('') + (close ? `--${boundary}--\r\n` : '');
    if (cut % 3 === 0) body = body.slice(0, cut % (body.length + 1));
    return { type: `multipart/form-data; boundary=${declared ?? boundary}`, body };
  });
const urlencodedBody = fc
  .tuple(
    fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-16', 'APPLICATION/X-WWW-FORM-URLENCODED'),
    fc.array(fc.tuple(fc.string({ maxLength: 15 }), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('%', '%E0%A4%A', '%zz', '+%2B&&==', '\u0000'))), { maxLength: 6 }),
  )
  .map(([type, pairs]) => ({ type, body: pairs.map(([k, v]) => `${k}=${v}`).join('&') }));

const request = fc.oneof(
  fc.record({ method: fc.constant('POST'), path: fc.constantFrom(...postRoutes), host: oddHosts, form: fc.oneof(multipartBody, urlencodedBody) }),
  fc.record({ method: fc.constantFrom('GET', 'HEAD'), path: oddPaths, host: oddHosts, form: fc.constant(null) }),
  fc.record({ method: fc.constantFrom('POST', 'PUT', 'DELETE'), path: oddPaths, host: fc.constant('localhost:3000'), form: fc.oneof(multipartBody, urlencodedBody) }),
);

describe('HTTP fuzzing', () => {
  it('never answers 5xx to malformed bodies, odd Host headers or odd paths', async () => {
    await fc.assert(
      fc.asyncProperty(request, token, async ({ method, path, host, form }, extra) => {
        const body = Buffer.from(form?.body ?? '', 'utf8');
        const headers = [`${method} ${path} HTTP/1.1`, `Host: ${host}`, 'Origin: http://localhost:3000', 'Connection: close', `X-Extra: ${extra}`];
        if (form) headers.push(`Content-Type: ${form.type}`, `Content-Length: ${body.length}`);
        const answer = await send(Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n', 'latin1'), body]));
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
        expect(status, `${method} ${path} Host: ${host}\n${form?.type}\n${form?.body}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect(http.logs.filter((l) => l.level >= 50)).toEqual([]);
  }, 120_000);
});
