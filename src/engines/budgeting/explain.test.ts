import { describe, expect, it } from 'vitest';
import { compareWithGreedy } from './compare-greedy.ts';
import type { Election } from './election.ts';
import { explainOutcome, voterPayments } from './explain.ts';
import { tally } from './tally.ts';

// The proportionality example of equal-shares.test.ts, with neighbourhoods and categories:
// 6 voters, 100 each; MES funds X1, X2 (paid by v1..v4) and Y1 (paid by v5, v6); greedy funds X1, X2, X3.
const election: Election = {
  budget: 600,
  voteType: 'approval',
  projects: [
    { id: 'X1', cost: 200, name: 'Playground', neighbourhood: 'North', category: 'children,green' },
    { id: 'X2', cost: 200, neighbourhood: 'North', category: 'green' },
    { id: 'X3', cost: 200, neighbourhood: 'North', category: 'sport' },
    { id: 'Y1', cost: 200, neighbourhood: 'South', category: 'green' },
    { id: 'Y2', cost: 200, neighbourhood: 'South' },
    { id: 'Z', cost: 50 },
  ],
  ballots: [...Array.from({ length: 4 }, () => ['X1', 'X2', 'X3']), ['Y1', 'Y2'], ['Y1', 'Y2']],
};

describe('explainOutcome for MES', () => {
  const result = tally(election, { rule: 'mes', completion: 'none' });
  const explanation = explainOutcome(election, result);

  it('lists each funded project with its supporters and what they paid', () => {
    expect(explanation.funded).toEqual([
      { id: 'X1', name: 'Playground', cost: 200, supporters: 4, payments: { total: 200, max: 50, min: 50 }, byCompletion: false },
      { id: 'X2', cost: 200, supporters: 4, payments: { total: 200, max: 50, min: 50 }, byCompletion: false },
      { id: 'Y1', cost: 200, supporters: 2, payments: { total: 200, max: 100, min: 100 }, byCompletion: false },
    ]);
    expect(explanation.leftOver).toBe(0);
  });

  it('says why the others were not funded, with the money their supporters had left', () => {
    expect(explanation.unfunded).toEqual([
      { id: 'X3', cost: 200, supporters: 4, reason: 'supporters-money-short', supportersMoneyLeft: 0 },
      { id: 'Y2', cost: 200, supporters: 2, reason: 'supporters-money-short', supportersMoneyLeft: 0 },
      { id: 'Z', cost: 50, supporters: 0, reason: 'no-supporters', supportersMoneyLeft: 0 },
    ]);
  });

  it('summarises how much of each share was spent and gives a per-voter breakdown on demand', () => {
    expect(explanation.spending).toMatchObject({ voters: 6, endowment: 100, votersSpendingEverything: 6, votersSpendingNothing: 0 });
    expect(explanation.spending!.spentShare.median).toBe(1);
    expect(voterPayments(result, 0)).toEqual([
      { projectId: 'X1', paid: 50 },
      { projectId: 'X2', paid: 50 },
    ]);
    expect(voterPayments(result, 5)).toEqual([{ projectId: 'Y1', paid: 100 }]);
  });
});

describe('explainOutcome for greedy and Phragmén', () => {
  it('greedy: projects that no longer fitted', () => {
    const e = { ...election, budget: 500 };
    const explanation = explainOutcome(e, tally(e, { rule: 'greedy' }));
    expect(explanation.funded.map((f) => f.id)).toEqual(['X1', 'X2']);
    expect(explanation.unfunded.find((u) => u.id === 'X3')!.reason).toBe('did-not-fit');
    expect(explanation.spending).toBeUndefined();
  });

  it('Phragmén: the load of funded projects and where the rule stopped', () => {
    const explanation = explainOutcome(election, tally(election, { rule: 'phragmen' }));
    expect(explanation.funded.map((f) => [f.id, f.load])).toEqual([
      ['X1', 50],
      ['X2', 100],
      ['Y1', 100],
    ]);
    expect(explanation.unfunded.find((u) => u.id === 'X3')!.reason).toBe('did-not-fit');
    expect(explanation.unfunded.find((u) => u.id === 'Y2')!.reason).toBe('stopped-before');
  });
});

describe('compareWithGreedy', () => {
  it('shows which projects change and how spending shifts per neighbourhood and category', () => {
    const comparison = compareWithGreedy(election, tally(election, { rule: 'mes', completion: 'none' }));
    expect(comparison.gained).toEqual(['Y1']);
    expect(comparison.lost).toEqual(['X3']);
    expect(comparison.kept).toEqual(['X1', 'X2']);
    expect(comparison.byNeighbourhood).toEqual([
      { key: 'North', rule: 400, greedy: 600, change: -200 },
      { key: 'South', rule: 200, greedy: 0, change: 200 },
    ]);
    expect(comparison.byCategory).toEqual([
      { key: 'green', rule: 600, greedy: 400, change: 200 },
      { key: 'sport', rule: 0, greedy: 200, change: -200 },
      { key: 'children', rule: 200, greedy: 200, change: 0 },
    ]);
  });
});
