import { describe, expect, it } from 'vitest';
import { paginate, visibleQuestions } from './conditions.ts';
import type { Condition, Question } from './questions.ts';
import { visiblePages } from './respond-service.ts';

const question = (id: string, kind: Question['kind'], condition: Condition | null = null, pageBreak = false): Question => ({
  id,
  position: 0,
  kind,
  required: true,
  title_fr: id,
  title_en: id,
  help_fr: '',
  help_en: '',
  options: [
    { key: 'o1', fr: 'un', en: 'one' },
    { key: 'o2', fr: 'deux', en: 'two' },
  ],
  items: [],
  scaleLabels: [],
  condition,
  indicatorCode: null,
  pageBreak,
});

// A → B → C → D: B shows when A = o2, C when B ≤ 2, D when C includes o1 (three chained conditions).
const chain = [
  question('A', 'single'),
  question('B', 'scale', { question: 'A', op: 'equals', value: 'o2' }),
  question('C', 'multiple', { question: 'B', op: 'atMost', value: '2' }),
  question('D', 'long-text', { question: 'C', op: 'includes', value: 'o1' }),
  question('E', 'short-text'),
];
const answers = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('conditional display', () => {
  it('shows each link of a three-condition chain only when the link before it holds', () => {
    expect([...visibleQuestions(chain, answers({}))]).toEqual(['A', 'E']);
    expect([...visibleQuestions(chain, answers({ A: ['o2'] }))]).toEqual(['A', 'B', 'E']);
    expect([...visibleQuestions(chain, answers({ A: ['o2'], B: ['2'] }))]).toEqual(['A', 'B', 'C', 'E']);
    expect([...visibleQuestions(chain, answers({ A: ['o2'], B: ['1'], C: ['o2', 'o1'] }))]).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect([...visibleQuestions(chain, answers({ A: ['o2'], B: ['3'], C: ['o1'] }))]).toEqual(['A', 'B', 'E']);
  });

  it('hides the rest of the chain when an early answer changes, even with later answers still stored', () => {
    const stale = answers({ A: ['o1'], B: ['1'], C: ['o1'], D: ['Rue des Lilas'] });
    expect([...visibleQuestions(chain, stale)]).toEqual(['A', 'E']);
  });

  it('starts a new page before a question that depends on one of the current page, or where the admin asked', () => {
    const withBreak = [...chain.slice(0, 2), question('X', 'short-text'), question('Y', 'short-text', null, true)];
    expect(paginate(withBreak).map((p) => p.map((q) => q.id))).toEqual([['A'], ['B', 'X'], ['Y']]);
    expect(paginate(chain).map((p) => p.map((q) => q.id))).toEqual([['A'], ['B'], ['C'], ['D', 'E']]);
  });

  it('skips pages whose questions are all hidden, so page numbers follow what the respondent sees', () => {
    expect(visiblePages(chain, answers({ A: ['o1'] })).map((p) => p.map((q) => q.id))).toEqual([['A'], ['E']]);
    expect(visiblePages(chain, answers({ A: ['o2'], B: ['5'] })).map((p) => p.map((q) => q.id))).toEqual([['A'], ['B'], ['E']]);
  });
});
