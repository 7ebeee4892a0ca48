import { describe, expect, it } from 'vitest';
import type { Election } from './election.ts';
import { tally } from './tally.ts';
import { normaliseTieBreak } from './tie-break.ts';

const approval = (budget: number, costs: Record<string, number>, ballots: string[][]): Election => ({
  budget,
  voteType: 'approval',
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
  ballots,
});

describe('sequential Phragmén, hand-checked', () => {
  // Budget 5; v1 approves A, B; v2 approves A; v3 approves C, D. Costs A 2, B 1, C 1.5, D 3.
  // Round 1: t_A = 2/2 = 1, t_B = 1/1 = 1, t_C = 1.5, t_D = 3. Tie A/B -> lower cost: B. Load v1 = 1.
  // Round 2: t_A = (2 + 1 + 0)/2 = 1.5, t_C = 1.5, t_D = 3. Tie A/C -> lower cost: C. Load v3 = 1.5.
  // Round 3: t_A = 1.5, t_D = (3 + 1.5)/1 = 4.5 -> A (2). Spent 4.5.
  // Round 4: D is next but costs 3 > 0.5 left: stop (Phragmén does not skip).
  const e = approval(5, { A: 2, B: 1, C: 1.5, D: 3 }, [['A', 'B'], ['A'], ['C', 'D']]);

  it('buys the project with the lowest resulting load and stops at the first that does not fit', () => {
    const r = tally(e, { rule: 'phragmen' });
    expect(r.selected).toEqual(['B', 'C', 'A']);
    expect(r.cost).toBe(4.5);
    expect(r.endowment).toBeNull();
    expect(r.detail.phragmen!.loads.get(0)).toBe(1.5);
    expect(r.detail.phragmen!.stoppedAt).toBe(3);
  });

  it('resolves its ties by the stated order: by id, A comes before B', () => {
    // Round 1: A wins the tie (loads v1 = v2 = 1). Round 2: t_B = (1 + 1)/1 = 2, t_C = 1.5 -> C.
    // Round 3: t_B = 2 < t_D = 4.5 -> B. Same set, different order.
    expect(tally(e, { rule: 'phragmen', tieBreak: ['id'] }).selected).toEqual(['A', 'C', 'B']);
  });
});

describe('greedy, hand-checked', () => {
  // Budget 10. Votes: A 3 (cost 6), B 2 (cost 5), C 2 (cost 4), D 1 (cost 3).
  // Skipping: A (6, 4 left), B tied with C on votes -> lower cost first: C (4, 0 left); B, D do not fit.
  const e = approval(10, { A: 6, B: 5, C: 4, D: 3 }, [['A', 'B'], ['A', 'C'], ['A', 'B', 'C', 'D']]);

  it('funds by descending votes, skipping what does not fit, ties by lower cost', () => {
    expect(tally(e, { rule: 'greedy' }).selected).toEqual(['A', 'C']);
  });

  it('without skipping stops at the first project that does not fit', () => {
    // Budget 9: A (3 left); C (4) does not fit: stop, although D (3) would fit.
    const tight = { ...e, budget: 9 };
    expect(tally(tight, { rule: 'greedy', skipping: false }).selected).toEqual(['A']);
    expect(tally(tight, { rule: 'greedy' }).selected).toEqual(['A', 'D']);
  });

  it('never funds projects below the score threshold', () => {
    expect(tally(e, { rule: 'greedy', minScore: 3 }).selected).toEqual(['A']);
  });

  it('ranks cumulative ballots by points and ordinal ballots by positional score', () => {
    const cumulative: Election = {
      budget: 10,
      voteType: 'cumulative',
      projects: [
        { id: 'A', cost: 6 },
        { id: 'B', cost: 6 },
      ],
      // A has more voters (2) but B more points (5 against 2).
      ballots: [[{ id: 'A', points: 1 }], [
        { id: 'A', points: 1 },
        { id: 'B', points: 5 },
      ]],
    };
    expect(tally(cumulative, { rule: 'greedy' }).selected).toEqual(['B']);
    // Ordinal, longest ballot 2: first choice 2 points, second 1. A: 2 + 1 = 3, B: 1 + 2 + 2 = 5.
    const ordinal: Election = { ...approval(10, { A: 6, B: 6 }, [['A', 'B'], ['B', 'A'], ['B']]), voteType: 'ordinal' };
    expect(tally(ordinal, { rule: 'greedy' }).selected).toEqual(['B']);
    expect(tally(ordinal, { rule: 'greedy' }).detail.profile.scores).toEqual(new Float64Array([3, 5]));
  });

  it('counts a ballot that lists a project twice once', () => {
    const twice = approval(6, { A: 6, B: 6 }, [['A', 'A', 'A'], ['B'], ['B']]);
    expect(tally(twice, { rule: 'greedy' }).selected).toEqual(['B']);
  });
});

describe('tie-break order', () => {
  it('is validated, completed with id and recorded', () => {
    expect(normaliseTieBreak(['votes'])).toEqual(['votes', 'id']);
    expect(normaliseTieBreak()).toEqual(['cost', 'votes', 'id']);
    expect(() => normaliseTieBreak(['random'])).toThrow(/unknown tie-break key "random"/);
    const r = tally(approval(1, { b: 1, a: 1 }, [['a', 'b']]), { rule: 'greedy', tieBreak: ['votes'] });
    expect(r.tieBreak).toEqual(['votes', 'id']);
    expect(r.selected).toEqual(['a']);
  });
});
