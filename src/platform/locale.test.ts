import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/support/app.ts';
import { localeFromAcceptLanguage } from './locale.ts';

describe('reading Accept-Language', () => {
  it('takes the preferred of French and English, by weight then order, regional variants included', () => {
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr-CA, en;q=0.5')).toBe('fr');
    expect(localeFromAcceptLanguage('de-DE, en;q=0.3, fr;q=0.7')).toBe('fr');
    expect(localeFromAcceptLanguage('en;q=0, fr;q=0.1')).toBe('fr');
  });

  it('answers null when the browser asks for neither (the default language then applies)', () => {
    expect(localeFromAcceptLanguage('de, es;q=0.8, *;q=0.5')).toBeNull();
    expect(localeFromAcceptLanguage('')).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(localeFromAcceptLanguage(';;;,q=abc,,')).toBeNull();
  });
});

describe('the page language on a first visit, then remembered', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ defaultLocale: 'fr' });
  });
  afterAll(() => ctx.close());

  const langOf = async (res: Response) => /<html lang="(\w+)"/.exec(await res.text())?.[1];

  it('follows Accept-Language on a first visit, and falls back to DEFAULT_LOCALE for other languages', async () => {
    const en = await ctx.client().get('/', { 'accept-language': 'en-US,en;q=0.9' });
    expect(await langOf(en)).toBe('en');
    expect(en.headers.get('vary')).toContain('Accept-Language');
    expect(await langOf(await ctx.client().get('/', { 'accept-language': 'de-DE' }))).toBe('fr');
    expect(await langOf(await ctx.client().get('/'))).toBe('fr');
  });

  it('remembers the language chosen with the switch over what the browser asks', async () => {
    const client = ctx.client();
    expect(await langOf(await client.get('/?lang=fr', { 'accept-language': 'en' }))).toBe('fr');
    expect(await langOf(await client.get('/processes', { 'accept-language': 'en' }))).toBe('fr');
  });

  it('uses English as the default when the operator sets DEFAULT_LOCALE=en', async () => {
    const english = await createTestContext({ defaultLocale: 'en' });
    try {
      expect(await langOf(await english.client().get('/', { 'accept-language': 'it' }))).toBe('en');
      expect(await langOf(await english.client().get('/', { 'accept-language': 'fr-BE' }))).toBe('fr');
    } finally {
      await english.close();
    }
  });
});
