import { describe, expect, it } from 'vitest';
import { firstFreeSlug, slugFromName } from './slug.ts';

describe('organisation slugs', () => {
  it('keeps letters and digits, drops accents and punctuation', () => {
    expect(slugFromName('Les Amis du Café de l’Église !')).toBe('les-amis-du-cafe-de-l-eglise');
    expect(slugFromName('  Boulangerie   n°12 ')).toBe('boulangerie-n-12');
  });

  it('falls back to "organisation" when nothing usable remains', () => {
    expect(slugFromName('★★★')).toBe('organisation');
  });

  it('caps the length without a trailing dash', () => {
    const slug = slugFromName(`${'a'.repeat(59)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('numbers a taken slug and never takes a page path', () => {
    expect(firstFreeSlug('jardin', [])).toBe('jardin');
    expect(firstFreeSlug('jardin', ['jardin', 'jardin-2'])).toBe('jardin-3');
    expect(firstFreeSlug('new', [])).toBe('new-2');
    expect(firstFreeSlug('invitations', [])).toBe('invitations-2');
  });
});
