import { describe, expect, it } from 'vitest';
import { platformMessages } from '../platform/i18n/catalogs.ts';
import { modules } from './index.ts';

// The French catalogue, every module's strings and the platform's own, by key.
const french: [key: string, text: string][] = [platformMessages, ...modules.flatMap((m) => (m.messages ? [m.messages] : []))].flatMap((set) => Object.entries(set.fr));

describe('the same word for the same thing (French)', () => {
  it('calls a participatory process a "démarche", never a "processus"', () => {
    expect(french.length).toBeGreaterThan(1000);
    expect(french.filter(([, text]) => /\bprocessus\b/i.test(text))).toEqual([]);
  });

  it('calls the statements of an opinion map "affirmations", never "propositions" (the word of citizen proposals)', () => {
    const opinionMap = french.filter(([key]) => key.startsWith('opinion.') || key.startsWith('components.opinion-map.'));
    expect(opinionMap.length).toBeGreaterThan(50);
    expect(opinionMap.filter(([, text]) => /\bpropositions?\b/i.test(text))).toEqual([]);
    expect(opinionMap.some(([, text]) => /\baffirmations?\b/.test(text))).toBe(true);
  });
});
