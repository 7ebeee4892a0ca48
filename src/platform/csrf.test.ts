import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ORIGIN, TestClient, type TestContext } from '../../test/support/app.ts';
import { createApp } from '../app.ts';

let ctx: TestContext;
let client: TestClient;
let writes = 0;
beforeAll(async () => {
  ctx = await createTestContext();
  const app = createApp(ctx.deps);
  for (const method of ['post', 'put', 'patch', 'delete'] as const) {
    app[method]('/test-only/write', (c) => {
      writes += 1;
      return c.json({ ok: true });
    });
  }
  client = new TestClient(app);
});
afterAll(() => ctx.close());

describe('same-origin check', () => {
  it('refuses every unsafe method from another site, whatever the content type, and runs nothing', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      for (const type of ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml']) {
        for (const origin of ['https://evil.example', 'null', 'http://localhost:3000.evil.example']) {
          const res = await client.send('/test-only/write', { method, body: '{}', headers: { origin, 'content-type': type } });
          expect(res.status, `${method} ${type} ${origin}`).toBe(403);
        }
      }
      const cross = await client.send('/test-only/write', { method, body: '{}', headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' } });
      expect(cross.status).toBe(403);
      const bare = await client.send('/test-only/write', { method, body: '{}', headers: { 'content-type': 'application/json' } });
      expect(bare.status).toBe(403);
    }
    expect(writes).toBe(0);
  });

  it('answers an API write from another site in JSON', async () => {
    const res = await client.send('/api/v1/anything', { method: 'POST', body: '{}', headers: { origin: 'https://evil.example', 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('cross_origin');
  });

  it('lets the same site write, by Origin or by Sec-Fetch-Site, and leaves reads alone', async () => {
    const byOrigin = await client.send('/test-only/write', { method: 'PUT', body: '{}', headers: { origin: TEST_ORIGIN, 'content-type': 'application/json' } });
    expect(byOrigin.status).toBe(200);
    const byFetchSite = await client.send('/test-only/write', { method: 'DELETE', headers: { 'sec-fetch-site': 'same-origin' } });
    expect(byFetchSite.status).toBe(200);
    expect((await client.send('/healthz', { method: 'GET', headers: { origin: 'https://evil.example' } })).status).toBe(200);
    expect(writes).toBe(2);
  });
});

describe('machine clients of the JSON API', () => {
  it('lets a POST to /api/v1/ without cookie or Origin through, but not one carrying a cookie or a foreign Origin', async () => {
    const app = createApp(ctx.deps);
    let reached = 0;
    app.post('/api/v1/test-only', (c) => {
      reached += 1;
      return c.json({ ok: true });
    });
    const bare = await app.request(`${TEST_ORIGIN}/api/v1/test-only`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    const withCookie = await app.request(`${TEST_ORIGIN}/api/v1/test-only`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', cookie: 'cocity.session_token=x' } });
    const foreign = await app.request(`${TEST_ORIGIN}/api/v1/test-only`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
    const elsewhere = await app.request(`${TEST_ORIGIN}/test-only/write`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect([bare.status, withCookie.status, foreign.status, elsewhere.status]).toEqual([200, 403, 403, 403]);
    expect(reached).toBe(1);
  });
});
