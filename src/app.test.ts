import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_ORIGIN, TestClient, type TestContext } from '../test/support/app.ts';
import { createApp } from './app.ts';
import { catalogs } from './platform/i18n/catalogs.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('platform', () => {
  it('answers /healthz with the database kind', async () => {
    const res = await ctx.client().get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: ctx.deps.dialect });
  });

  it('shows a 404 page in French by default and in English on ?lang=en, remembered by cookie', async () => {
    const client = ctx.client();
    const fr = await client.get('/nowhere');
    expect(fr.status).toBe(404);
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr">');
    expect(frHtml).toContain('Cette page n’existe pas');
    expect((await client.get('/nowhere?lang=en')).status).toBe(404);
    const en = await (await client.get('/nowhere')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('This page does not exist');
  });

  it('answers API errors in JSON', async () => {
    const res = await ctx.client().get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe('not_found');
    expect(body.error.fields).toEqual({});
  });

  it('refuses a cross-site form post with 403 and changes nothing', async () => {
    const res = await ctx.client().post('/account/sign-out', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
  });

  it('answers an oversized body with 413', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024 + 10);
    const res = await ctx.app.request(`${TEST_ORIGIN}/account/sign-in`, {
      method: 'POST',
      body: `email=${big}`,
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(big.length + 6) },
    });
    expect(res.status).toBe(413);
  });

  it('lets a multipart form carry files up to 12 MB, and no more', async () => {
    const post = (megabytes: number) => {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(megabytes * 1024 * 1024)], 'big.pdf', { type: 'application/pdf' }));
      return ctx.app.request(`${TEST_ORIGIN}/account/sign-in`, { method: 'POST', body: form, headers: { origin: TEST_ORIGIN } });
    };
    expect((await post(5)).status).not.toBe(413);
    expect((await post(13)).status).toBe(413);
  });

  it('sends a Content-Security-Policy that forbids inline scripts', async () => {
    const res = await ctx.client().get('/healthz');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves its own favicon, linked from every page, and sends /favicon.ico to it', async () => {
    const icon = await ctx.client().get('/static/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
    expect((await ctx.client().get('/favicon.ico')).headers.get('location')).toBe('/static/favicon.svg');
    expect(await (await ctx.client().get('/processes')).text()).toContain('<link rel="icon" href="/static/favicon.svg" type="image/svg+xml"/>');
  });

  it('has every UI string in both French and English', () => {
    const fr = Object.keys(catalogs.fr).sort();
    const en = Object.keys(catalogs.en).sort();
    expect(fr.filter((k) => !catalogs.en[k])).toEqual([]);
    expect(en.filter((k) => !catalogs.fr[k])).toEqual([]);
  });

  it('shows a 500 page in the visitor’s language for an unexpected error, without details', async () => {
    const app = createApp(ctx.deps);
    app.get('/test-only/boom', () => {
      throw new Error('secret internal detail');
    });
    const fr = await new TestClient(app).get('/test-only/boom');
    expect(fr.status).toBe(500);
    const html = await fr.text();
    expect(html).toContain('Une erreur inattendue');
    expect(html).not.toContain('secret internal detail');
    const en = await new TestClient(app).get('/test-only/boom?lang=en');
    expect(await en.text()).toContain('Something unexpected went wrong');
  });

  it('answers /healthz with 503 when the database does not answer', async () => {
    const other = await createTestContext();
    await other.close();
    const res = await other.client().get('/healthz');
    expect(res.status).toBe(503);
    expect((await res.json()).status).toBe('unavailable');
  });
});

