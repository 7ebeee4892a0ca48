import { describe, expect, it } from 'vitest';
import { pickNextStatement, statementPriorities, statementPriority } from './statement-priority.ts';
import { buildVoteMatrix } from './vote-matrix.ts';
import { seededRandom } from './seeded-random.ts';

describe('statementPriority', () => {
  it('matches the hand computation', () => {
    // A = 3, D = 1, S = 6, E = 0.5: p = 3/8, a = 4/8, importance = 0.625·1.5·0.5 = 0.46875
    const novelty = 1 + 8 * 2 ** (-6 / 5);
    expect(statementPriority(3, 1, 6, 0.5)).toBeCloseTo((0.46875 * novelty) ** 2, 12);
    expect(statementPriority(3, 1, 6, 0.5)).toBeCloseTo(4.4143368, 6);
  });

  it('fades the novelty boost as a statement is seen', () => {
    expect(statementPriority(10, 0, 10, 0)).toBeGreaterThan(statementPriority(100, 0, 100, 0));
  });

  it('gives passes little weight', () => {
    expect(statementPriority(0, 0, 10, 1)).toBeLessThan(statementPriority(5, 5, 10, 1));
  });
});

describe('statementPriorities', () => {
  const m = buildVoteMatrix(
    [
      { participant: 'a', statement: 'old', vote: 1 },
      { participant: 'b', statement: 'old', vote: 0 },
      { participant: 'a', statement: 'gone', vote: 1 },
    ],
    { statements: ['old', 'gone', 'new'], moderatedOut: ['gone'] },
  );
  const state = { statementIds: ['old', 'gone'], extremity: [0.5, 0] };

  it('is 0 for moderated statements and boosts unseen ones to the top', () => {
    const p = statementPriorities(m, state);
    expect(p[1]).toBe(0);
    expect(p[0]).toBeCloseTo(statementPriority(1, 0, 2, 0.5), 12);
    expect(p[2]).toBeGreaterThanOrEqual(p[0]);
  });

  it('works from a stored analysis state: the formula on raw totals and the stored extremity', async () => {
    const { analyzeConversation } = await import('./analyze-conversation.ts');
    const votes = Array.from({ length: 60 }, (_, i) => ({ participant: `p${i % 20}`, statement: `s${i % 3}`, vote: (((i * 7) % 3) - 1) as -1 | 0 | 1 }));
    const matrix = buildVoteMatrix(votes);
    const stored = JSON.parse(JSON.stringify(analyzeConversation(matrix).state));
    const p = statementPriorities(matrix, stored);
    for (let s = 0; s < 3; s++) {
      const cast = votes.filter((v) => v.statement === `s${s}`);
      const agree = cast.filter((v) => v.vote === 1).length;
      const disagree = cast.filter((v) => v.vote === -1).length;
      expect(p[s]).toBeCloseTo(statementPriority(agree, disagree, cast.length, stored.extremity[s]), 12);
    }
  });

  it('picks only statements not voted yet, in proportion to priority', () => {
    const ids = ['x', 'y', 'z'];
    const priorities = Float64Array.from([1, 3, 0]);
    const random = seededRandom(1);
    const picks = { x: 0, y: 0, z: 0 } as Record<string, number>;
    for (let i = 0; i < 4000; i++) picks[pickNextStatement(ids, priorities, new Set(), random)!]++;
    expect(picks.z).toBe(0);
    expect(picks.y / picks.x).toBeGreaterThan(2.5);
    expect(picks.y / picks.x).toBeLessThan(3.5);
    expect(pickNextStatement(ids, priorities, new Set(['y']), random)).toBe('x');
    expect(pickNextStatement(ids, priorities, new Set(['x', 'y']), random)).toBeNull();
  });
});
