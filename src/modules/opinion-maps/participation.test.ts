import { describe, expect, it } from 'vitest';
import { normalizeStatement } from './participation.ts';

describe('normalizeStatement', () => {
  it('ignores case, accents, punctuation and spacing, so the same idea is caught as a duplicate', () => {
    expect(normalizeStatement('  Des capteurs de BRUIT, près des bars !')).toBe(normalizeStatement('des capteurs de bruit pres des bars'));
    expect(normalizeStatement('L’air des écoles')).toBe(normalizeStatement("l'air des ecoles"));
  });

  it('keeps different words apart', () => {
    expect(normalizeStatement('Plus de capteurs')).not.toBe(normalizeStatement('Moins de capteurs'));
    expect(normalizeStatement('!!!')).toBe('');
  });
});
