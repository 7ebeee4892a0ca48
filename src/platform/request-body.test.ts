import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/support/app.ts';
import { capturingLogger, type LogEntry } from '../../test/support/logs.ts';

let ctx: TestContext;
let admin: TestClient;
let logged: LogEntry[] = [];

beforeAll(async () => {
  ctx = await createTestContext();
  // Capture what the app logs, at every level, to check that a bad body is not an "error".
  const captured = capturingLogger();
  ctx.deps.log = captured.log;
  logged = captured.entries;
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const malformed: [string, string][] = [
  ['multipart/form-data; boundary=x', 'garbage without any boundary'],
  ['multipart/form-data', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nunfinished'],
  ['multipart/form-data; boundary=x', '--x\r\nno headers at all\r\n--x--'],
  ['multipart/form-data; boundary=', ''],
];

describe('malformed form bodies', () => {
  it('answer 400 with an explanation on every route, public or not, and log no error', async () => {
    const routes = ['/account/sign-in', '/account/sign-up', '/moderation/flag', '/admin/processes/new', '/no-such-page', '/api/v1/processes'];
    for (const path of routes) {
      for (const [type, body] of malformed) {
        const res = await admin.send(path, { method: 'POST', body, headers: { origin: 'http://localhost:3000', 'content-type': type } });
        expect(res.status, `${path} ${type} ${JSON.stringify(body)}`).toBe(400);
        const text = await res.text();
        if (path.startsWith('/api/')) expect(JSON.parse(text).error.code).toBe('malformed_body');
        else expect(text).toContain('Le contenu envoyé est illisible');
      }
    }
    expect(logged.filter((l) => l.level >= 40)).toEqual([]);
    expect(logged.some((l) => l.msg === 'malformed form body')).toBe(true);
  });

  it('answer 400 to a NUL character in a form field, a field name, the address or a cookie (PostgreSQL cannot store one)', async () => {
    const headers = { origin: 'http://localhost:3000', 'content-type': 'application/x-www-form-urlencoded' };
    for (const body of ['email=a%00b%40example.org&password=x', 'em%00ail=a%40example.org&password=x']) {
      const res = await admin.send('/account/sign-in', { method: 'POST', body, headers });
      expect(res.status, body).toBe(400);
    }
    const multipart = new FormData();
    multipart.append('hero', new File(['x'], 'a\0.png', { type: 'image/png' }));
    expect((await admin.send('/admin/processes/new', { method: 'POST', body: multipart, headers: { origin: 'http://localhost:3000' } })).status).toBe(400);
    for (const path of ['/processes/%00', '/proposals/x%00y', '/processes?q=%00']) expect((await admin.get(path)).status, path).toBe(400);
    const forged = await ctx.app.request('http://localhost:3000/account', { headers: { cookie: 'cocity.session_token=abc%00def.sig' } });
    expect(forged.status).toBeLessThan(500);
    expect(logged.filter((l) => l.level >= 40)).toEqual([]);
  });

  it('still reads well-formed forms, repeated fields included, after the shared parse', async () => {
    const form = new FormData();
    form.append('email', 'not-an-address');
    form.append('password', 'x');
    form.append('password', 'y');
    const res = await admin.send('/account/sign-in', { method: 'POST', body: form, headers: { origin: 'http://localhost:3000' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('value="not-an-address"');
  });
});
