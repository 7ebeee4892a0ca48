import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n/index.ts';
import { LocalizedProse, LocalizedText } from './localized-text.tsx';

const html = (node: unknown) => String(node);
const en = translator('en');
const fr = translator('fr');

describe('content in the other language', () => {
  it('marks French shown on an English page with lang="fr" and says "(in French)"', () => {
    expect(html(<LocalizedText locale="en" t={en} fr="Jardins partagés" en="" />)).toBe('<span lang="fr">Jardins partagés</span> <span class="other-language">(in French)</span>');
  });

  it('shows each page’s own language unmarked', () => {
    expect(html(<LocalizedText locale="en" t={en} fr="Jardins partagés" en="Shared gardens" />)).toBe('Shared gardens');
    expect(html(<LocalizedText locale="fr" t={fr} fr="Jardins partagés" en="Shared gardens" />)).toBe('Jardins partagés');
    expect(html(<LocalizedText locale="fr" t={fr} fr="Jardins partagés" en="" />)).toBe('Jardins partagés');
  });

  it('marks a French-only body on an English page as a whole, with a note before it', () => {
    const body = html(<LocalizedProse locale="en" t={en} fr={'Un **jardin**.'} en="  " />);
    expect(body).toBe('<p class="other-language">This text exists in French only.</p><div class="prose" lang="fr"><p>Un <strong>jardin</strong>.</p></div>');
    expect(html(<LocalizedProse locale="en" t={en} fr="Un jardin." en="A garden." />)).toBe('<div class="prose"><p>A garden.</p></div>');
    expect(html(<LocalizedProse locale="fr" t={fr} fr="" en="" />)).toBe('');
  });
});
