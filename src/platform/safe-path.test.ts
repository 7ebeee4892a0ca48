import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { safeLocalPath } from './safe-path.ts';

describe('safeLocalPath', () => {
  it('keeps paths on this site, with their query and fragment', () => {
    for (const good of ['/', '/processes/climat?tab=2', '/proposals/3#comment-9', '/a/b-c_d.e~f/%C3%A9t%C3%A9', '/x?a=1&b=(2)']) {
      expect(safeLocalPath(good)).toBe(good);
    }
  });

  it('replaces anything a browser could read as another host, or a header could not carry, by the fallback', () => {
    const bad = [
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example/',
      '/\n/evil.example/',
      '/\r\n/evil.example/',
      '\t//evil.example',
      ' /x',
      '/a b',
      '/x\r\nSet-Cookie: a=b',
      '/été',
      'https://evil.example',
      'javascript:alert(1)',
      'account',
      '',
      '/' + 'a'.repeat(2001),
      undefined,
      null,
      ['/x'],
    ];
    for (const value of bad) expect(safeLocalPath(value, '/account'), JSON.stringify(value)).toBe('/account');
  });
});

describe('links built from the request path', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('never turns a path like //evil.example/x into a link to another site', async () => {
    for (const path of ['//evil.example/x', '/\\evil.example/x']) {
      const res = await ctx.client().get(path);
      const html = await res.text();
      expect(res.status).toBeLessThan(500);
      expect(html).not.toMatch(/href="\/[/\\]/);
      expect(html).toContain('href="/?lang=en"');
    }
  });

  it('keeps the language link on the page itself for ordinary paths', async () => {
    const html = await (await ctx.client().get('/account/sign-in?next=/processes')).text();
    expect(html).toContain('href="/account/sign-in?next=%2Fprocesses&amp;lang=en"');
  });
});
