import { describe, expect, it } from 'vitest';
import { addMessages } from './catalogs.ts';
import { formatDate, formatDateTime, punctuate, translator } from './index.ts';

addMessages({
  fr: { 'x.label': 'Adresse : {value}', 'x.question': 'Voulez-vous voter ? Oui ; non ! À {time}', 'x.tight': 'Attention: écrit sans espace' },
  en: { 'x.label': 'Address : {value}', 'x.question': 'Do you want to vote ? Yes ; no !' },
});

// The test's own keys are added at run time, outside the typed catalogs.
const tr = (l: 'fr' | 'en') => translator(l) as unknown as (key: string, params?: Record<string, string | number>) => string;
const NNBSP = '\u202F';

describe('typography per language', () => {
  it('puts a narrow no-break space before « : ; ? ! » in French, so no line starts with the mark', () => {
    const fr = tr('fr');
    expect(fr('x.question', { time: '10:30' })).toBe(`Voulez-vous voter${NNBSP}? Oui${NNBSP}; non${NNBSP}! À 10:30`);
    expect(fr('x.label', { value: 'https://example.org' })).toBe(`Adresse${NNBSP}: https://example.org`);
    expect(fr('x.label', { value: 'a' })).not.toMatch(/ :/);
  });

  it('leaves the values put in a message as they are (addresses, times, a person’s words)', () => {
    expect(tr('fr')('x.label', { value: 'il a dit : non' })).toBe(`Adresse${NNBSP}: il a dit : non`);
  });

  it('puts no space before « : ; ? ! » in English', () => {
    const en = tr('en');
    expect(en('x.label', { value: 'x' })).toBe('Address: x');
    expect(en('x.question')).toBe('Do you want to vote? Yes; no!');
    expect(punctuate('en', 'Time 10:30, ratio 3:2')).toBe('Time 10:30, ratio 3:2');
  });

  it('applies to the real catalogs: the French layout and form strings carry the narrow space', () => {
    expect(tr('fr')('form.errorSummary')).not.toMatch(/ [:;?!]/);
    expect(tr('en')('layout.switchToLabel')).toBe('Lire cette page en français');
  });

  it('writes the first day of a month "1er" in French, and only the first', () => {
    expect(formatDate('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('fr', '2026-12-21')).toBe('21 décembre 2026');
    expect(formatDateTime('fr', '2026-05-01T09:30:00Z')).toMatch(/^1er mai 2026/);
    expect(formatDate('en', '2026-12-01')).toBe('1 December 2026');
  });
});
