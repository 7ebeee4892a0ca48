import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Election } from './election.ts';
import { equalShares, equalSharesFloat } from './equal-shares.ts';
import { equalSharesExact } from './equal-shares-exact.ts';
import { TooClose } from './equal-shares-pricer.ts';
import type { MesOptions } from './equal-shares-types.ts';
import { readPabulib } from './pabulib-reader.ts';
import { buildProfile } from './profile.ts';
import { tally } from './tally.ts';
import { pabulibFixtures } from '../../../test/fixtures/index.ts';
import { randomElection } from './test-elections.ts';

const DATA = pabulibFixtures;
const TIE = ['cost', 'votes', 'id'] as const;
const approval = (budget: number, costs: Record<string, number>, ballots: string[][]): Election => ({
  budget,
  voteType: 'approval',
  projects: Object.entries(costs).map(([id, cost]) => ({ id, cost })),
  ballots,
});

describe('MES with cost utilities, hand-checked', () => {
  it('gives a cohesive third of the voters about a third of the budget, where greedy gives them nothing', () => {
    // Proportionality example in the spirit of Peters, Pierczyński & Skowron (NeurIPS 2021).
    // 6 voters, budget 600: each starts with 100. Four voters approve X1, X2, X3; two approve Y1, Y2; all cost 200.
    // Round 1: each X costs its 4 supporters 50 (ρ = 50/200 = 1/4); each Y costs its 2 supporters 100 (ρ = 1/2).
    //   X1 wins (ties with X2, X3 broken by id). The four now hold 50 each.
    // Round 2: X2 costs exactly the 4 × 50 they hold (ρ = 1/4) and beats Y1 (ρ = 1/2). The four hold 0.
    // Round 3: X3 is unaffordable; Y1 costs its supporters their full 100 each (ρ = 1/2). Then nothing is affordable.
    // Greedy ranks the three X projects first (4 votes each) and spends all 600 on them.
    const e = approval(600, { X1: 200, X2: 200, X3: 200, Y1: 200, Y2: 200 }, [
      ...Array.from({ length: 4 }, () => ['X1', 'X2', 'X3']),
      ['Y1', 'Y2'],
      ['Y1', 'Y2'],
    ]);
    const mes = tally(e, { rule: 'mes', completion: 'none' });
    expect(mes.selected).toEqual(['X1', 'X2', 'Y1']);
    expect(mes.endowment).toBe(100);
    expect(mes.exactRuns).toBe(0); // the exact-equality payments above were certified with integers
    expect(tally(e, { rule: 'greedy' }).selected).toEqual(['X1', 'X2', 'X3']);
  });

  it('prefers the cheaper of two equally supported projects and stops when supporters run out', () => {
    // 4 voters, budget 100: 25 each. A (60) and C (40) are both approved by v1..v3, B (40) by v4 alone.
    // Round 1: A costs each supporter 20, C 13.33: ρ = 1/3 for both (a true tie) -> lower cost: C.
    //   B needs 40 from v4, who has 25: unaffordable.
    // Round 2: v1..v3 hold 3 × 11.67 = 35 < 60: A is unaffordable. Outcome {C}, 40 spent.
    const e = approval(100, { A: 60, B: 40, C: 40 }, [['A', 'C'], ['A', 'C'], ['A', 'C'], ['B']]);
    const r = tally(e, { rule: 'mes', completion: 'none' });
    expect(r.selected).toEqual(['C']);
    // With utilitarian completion the 60 left go to A (3 votes) rather than B (1 vote).
    expect(tally(e, { rule: 'mes', completion: 'none', utilitarianCompletion: true }).selected).toEqual(['C', 'A']);
  });
});

describe('endowments', () => {
  it('count every ballot, empty ones included, and Add1 is skipped when everything fits', () => {
    // Budget 100, 4 ballots of which 3 are empty: 25 each. A (30) has one supporter: unaffordable at 25.
    const e = approval(100, { A: 30, B: 80 }, [['A'], [], [], []]);
    const plain = tally(e, { rule: 'mes', completion: 'none' });
    expect([plain.endowment, plain.selected]).toEqual([25, []]);
    // Add1 starts at floor(100/4) = 25 and raises to 30, where A is funded; B has no supporter, so it stops.
    const add1 = tally(e, { rule: 'mes', completion: 'add1' });
    expect([add1.endowment, add1.selected]).toEqual([30, ['A']]);
    // When all projects together fit, plain MES at budget/n is used.
    const fits = tally({ ...e, budget: 110 }, { rule: 'mes', completion: 'add1' });
    expect([fits.endowment, fits.selected, fits.mesRuns]).toEqual([27.5, [], 1]);
  });
});

describe('MES with cardinal utilities (points), hand-checked', () => {
  it('uses the smallest ρ with Σ min(b_i, ρ·u_i) = cost', () => {
    // 2 voters, budget 10: 5 each. A (6): v1 gives 3 points, v2 1 point. B (4): v2 gives 4 points.
    // Round 1: A: 3ρ + ρ = 6 -> ρ = 1.5 (pays 4.5 and 1.5). B: 4ρ = 4 -> ρ = 1. B wins; v2 keeps 1.
    // Round 2: A: v2 can only pay 1, so 3ρ = 5 -> ρ = 5/3 and v1 pays exactly all of their 5. A is funded.
    const e: Election = {
      budget: 10,
      voteType: 'cumulative',
      projects: [
        { id: 'A', cost: 6 },
        { id: 'B', cost: 4 },
      ],
      ballots: [[{ id: 'A', points: 3 }], [
        { id: 'A', points: 1 },
        { id: 'B', points: 4 },
      ]],
    };
    const r = tally(e, { rule: 'mes', completion: 'none' });
    expect(r.selected).toEqual(['B', 'A']);
    expect(r.utilities).toBe('points');
    const paid = r.detail.mes!.payments.get(0)!;
    expect([...paid].sort()).toEqual([1, 5]);
  });
});

describe('float fast path against exact rational arithmetic', () => {
  it('falls back to exact arithmetic when a decision is too close to call', () => {
    // Found by property testing: with 33 per voter a near-tie arises between inexact balances.
    const e = approval(132, { p0: 1, p1: 39, p2: 1, p3: 40, p4: 52 }, [['p3', 'p1'], ['p1'], ['p1', 'p0'], ['p2', 'p4'], ['p4', 'p3', 'p0']]);
    const profile = buildProfile(e);
    const options: MesOptions = { utilities: 'cost', tieBreak: TIE, endowment: { num: 33, den: 1 } };
    expect(() => equalSharesFloat(profile, options)).toThrow(TooClose);
    const result = equalShares(profile, options);
    expect(result.exact).toBe(true);
    expect(result.selected).toEqual(equalSharesExact(profile, options).selected);
  });

  it('leaves a supporter exactly at the cap to exact arithmetic when balances are not whole numbers', () => {
    // Found by a long random search: at 24 each, p1 (52) is funded first and leaves balances in halves
    // and quarters; p0's supporters then hold a whole-number total with one of them exactly at p0's cap.
    // The sums being integers does not make each balance one: only exact arithmetic may decide that cap.
    const e: Election = {
      budget: 1,
      voteType: 'cumulative',
      projects: [
        { id: 'p0', cost: 46 },
        { id: 'p1', cost: 52 },
      ],
      ballots: [
        [{ id: 'p1', points: 2 }, { id: 'p0', points: 3 }],
        [{ id: 'p1', points: 4 }],
        [{ id: 'p0', points: 2 }, { id: 'p1', points: 1 }],
        [{ id: 'p1', points: 4 }, { id: 'p0', points: 2 }],
        [{ id: 'p0', points: 1 }, { id: 'p1', points: 5 }],
      ],
    };
    const profile = buildProfile(e);
    const options: MesOptions = { utilities: 'points', tieBreak: TIE, endowment: { num: 24, den: 1 } };
    const result = equalShares(profile, options);
    expect(result.exact).toBe(true);
    expect(result.selected).toEqual(equalSharesExact(profile, options).selected);
  });

  it('agrees with exact arithmetic on random elections, at whole and fractional endowments', () => {
    const arb = fc.record({
      e: randomElection({ voteTypes: ['approval', 'cumulative'], minCost: 0, maxProjects: 7, maxVoters: 12 }),
      num: fc.integer({ min: 0, max: 400 }),
      fractional: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ e, num, fractional }) => {
        const profile = buildProfile(e);
        const endowment = fractional ? { num, den: e.ballots.length } : { num: num % 80, den: 1 };
        const options: MesOptions = { utilities: e.voteType === 'approval' ? 'cost' : 'points', tieBreak: TIE, endowment };
        let fast;
        try {
          fast = equalSharesFloat(profile, options);
        } catch (error) {
          if (error instanceof TooClose) return; // the exact run decides those
          throw error;
        }
        expect(fast.selected).toEqual(equalSharesExact(profile, options).selected);
      }),
      { numRuns: 2000 },
    );
  });

  const files = [
    'Poland_Wieliczka_2023_Green_Budget.pb',
    'Poland_Warszawa_2025_Wola.pb',
    'Netherlands_Assen_2024.pb',
    'Netherlands_Amsterdam_522.pb',
    'Poland_Swiecie_2023.pb',
    'Poland_Gdynia_2020_Grabowek__small.pb',
    'Poland_Zabrze_2021_Grzybowice.pb',
    'France_Toulouse_2019.pb',
    'Poland_Czestochowa_2020_Stradom.pb',
    'Poland_Krakow_2019_Podgorze_Duchackie.pb',
  ];
  for (const file of files) {
    it(`${file}: same outcome and payments at several endowments`, () => {
      const e = readPabulib(readFileSync(new URL(file, DATA), 'utf8'));
      const profile = buildProfile(e);
      const utilities = e.voteType === 'approval' || e.voteType === 'choose-1' ? 'cost' : 'points';
      const n = profile.voterCount;
      const base = Math.floor(e.budget / n);
      // Exact arithmetic with denominators in the thousands is slow: big files get one whole-unit endowment.
      const endowments = n > 5000 ? [{ num: base + 1, den: 1 }] : [{ num: e.budget, den: n }, { num: base, den: 1 }, { num: base * 2 + 7, den: 1 }];
      for (const endowment of endowments) {
        const options: MesOptions = { utilities, tieBreak: TIE, endowment, recordPayments: true };
        const fast = equalShares(profile, options);
        const exact = equalSharesExact(profile, options);
        expect(fast.selected, `${file} at ${endowment.num}/${endowment.den}`).toEqual(exact.selected);
        for (const [j, paid] of exact.payments) {
          const mine = fast.payments.get(j)!;
          paid.forEach((p, k) => expect(Math.abs(mine[k] - p)).toBeLessThanOrEqual(1e-9 * Math.max(1, p)));
        }
      }
    });
  }
});
