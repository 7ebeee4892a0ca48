import { afterAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { securityTxt } from './security-txt.ts';

const contexts: TestContext[] = [];
afterAll(() => Promise.all(contexts.map((ctx) => ctx.close())));

async function fetchSecurityTxt(securityContact: string | null) {
  const ctx = await createTestContext({ securityContact, baseUrl: 'https://ville.example' });
  contexts.push(ctx);
  return ctx.client().get('/.well-known/security.txt');
}

describe('/.well-known/security.txt', () => {
  it('publishes the operator’s security contact, in French and English, valid for less than a year', async () => {
    const res = await fetchSecurityTxt('mailto:securite@ville.example');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const fields = Object.fromEntries((await res.text()).trim().split('\n').map((line) => line.split(/: (.*)/s).slice(0, 2)));
    expect(fields).toMatchObject({
      Contact: 'mailto:securite@ville.example',
      'Preferred-Languages': 'fr, en',
      Canonical: 'https://ville.example/.well-known/security.txt',
    });
    const expires = Date.parse(fields.Expires);
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 365 * 24 * 3600 * 1000);
    expect(fields.Expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('is absent (404) when the operator set no contact, rather than an empty promise', async () => {
    expect((await fetchSecurityTxt(null)).status).toBe(404);
  });

  it('dates its expiry from the moment it is served', () => {
    const text = securityTxt({ securityContact: 'https://ville.example/securite', baseUrl: 'https://ville.example' }, new Date('2026-03-01T10:00:00.123Z'));
    expect(text).toContain('Contact: https://ville.example/securite\nExpires: 2026-03-31T10:00:00Z\n');
  });
});
