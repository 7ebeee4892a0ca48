import { describe, expect, it } from 'vitest';
import { addMessages } from './catalogs.ts';
import { translator } from './index.ts';

// The test's own keys are added at run time, outside any module, so the translators take any key here.
type AnyKey = (key: string, params?: Record<string, string | number>) => string;

addMessages({
  fr: { 'x.votes': '{count, plural, one {# vote} other {# votes}} pour {name}', 'x.zero': '{n, plural, =0 {aucun} one {un seul} other {# en tout}}' },
  en: { 'x.votes': '{count, plural, one {# vote} other {# votes}} for {name}' },
});

describe('plural messages', () => {
  it('follows each language’s rules: French counts 0 and 1 as singular, English only 1', () => {
    const fr: AnyKey = translator('fr');
    const en: AnyKey = translator('en');
    expect(fr('x.votes', { count: 0, name: 'A' })).toBe('0 vote pour A');
    expect(fr('x.votes', { count: 1, name: 'A' })).toBe('1 vote pour A');
    expect(fr('x.votes', { count: 1500, name: 'A' })).toBe('1\u202f500 votes pour A');
    expect(en('x.votes', { count: 0, name: 'A' })).toBe('0 votes for A');
    expect(en('x.votes', { count: 1, name: 'A' })).toBe('1 vote for A');
    expect(en('x.votes', { count: '12', name: 'A' })).toBe('12 votes for A');
  });

  it('prefers an exact =N branch, and falls back to French when English has no text', () => {
    const fr: AnyKey = translator('fr');
    const en: AnyKey = translator('en');
    expect(fr('x.zero', { n: 0 })).toBe('aucun');
    expect(en('x.zero', { n: 1 })).toBe('un seul');
    expect(fr('x.zero', { n: 3 })).toBe('3 en tout');
  });
});
