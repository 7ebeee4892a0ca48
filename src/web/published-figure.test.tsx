import { describe, expect, it } from 'vitest';
import type { Locale } from '../config.ts';
import { translator } from '../platform/i18n/index.ts';
import type { BudgetRefusal, PublishedValue } from '../platform/statistics/index.ts';
import type { PageContext } from './layout.tsx';
import { BudgetRefusalNotice, NoiseNote, PublishedFigure } from './published-figure.tsx';

const page = (locale: Locale): PageContext => ({ t: translator(locale), locale, user: null, path: '/', flash: null });
const html = (node: unknown) => String(node).replace(/\u202f|\u00a0/g, ' ');
const figure = (locale: Locale, value: PublishedValue) => html(<PublishedFigure ctx={page(locale)} figure={value} />);

describe('published figures on a page', () => {
  it('shows exact values, "fewer than 5", and noised values labelled with their ε, in French and English', () => {
    expect(figure('fr', { value: 1234 })).toBe('1 234');
    expect(figure('en', { fewerThan: 5 })).toBe('fewer than 5');
    expect(figure('fr', { fewerThan: 5 })).toBe('moins de 5');
    expect(figure('fr', { noised: 12, epsilon: 0.5 })).toBe('12 <small>(bruité, ε = 0,5)</small>');
    expect(figure('en', { noised: 12, epsilon: 1 / 3 })).toBe('12 <small>(noised, ε = 0.333)</small>');
  });

  it('explains the noise and its date only under noised tables', () => {
    expect(html(<NoiseNote ctx={page('en')} statistic={{ tables: {}, noise: null }} />)).toBe('');
    const note = html(<NoiseNote ctx={page('en')} statistic={{ tables: {}, noise: { epsilon: '1', releasedAt: '2025-04-02T08:00:00.000Z' } }} />);
    expect(note).toContain('differential privacy');
    expect(note).toContain('2 April 2025');
  });

  it('says when the privacy budget is spent', () => {
    const refusal: BudgetRefusal = { code: 'privacy-budget-exhausted', dataset: 'x', period: '2025', spent: '4', budget: '4', requested: '1', message: '' };
    const fr = html(<BudgetRefusalNotice ctx={page('fr')} refusal={refusal} hasLatest />);
    expect(fr).toContain('épuisé pour 2025 (ε 4 dépensé sur 4)');
    expect(fr).toContain('Voici les derniers chiffres publiés.');
    expect(html(<BudgetRefusalNotice ctx={page('en')} refusal={{ ...refusal, period: 'lifetime' }} hasLatest={false} />)).toContain('spent for their whole life');
  });
});
