import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equalSharesAdd1 } from './add1.ts';
import { equalSharesAdd1UnitWalk } from './add1-unit-walk.ts';
import type { Election } from './election.ts';
import { equalShares, equalSharesFloat } from './equal-shares.ts';
import type { MesTrace } from './equal-shares-trace.ts';
import { buildProfile } from './profile.ts';
import { tally } from './tally.ts';
import { randomElection } from './test-elections.ts';
import type { TieBreakKey } from './tie-break.ts';

const projects = (costs: Record<string, number>) => Object.entries(costs).map(([id, cost]) => ({ id, cost }));

describe('Add1 over huge endowment ranges', () => {
  it('a budget of 8,000,000 with 2 ballots: the last endowment within budget is 4,999,999', () => {
    // Voter 1 approves A (3M), C (4M), D (5M); voter 2 approves B (2M), C. Add1 starts at 4,000,000 each.
    // Round 1: C costs each of its 2 supporters 2M (ρ = 1/2); A, B, D have one supporter each (ρ = 1).
    // Round 2: voter 2 holds e − 2M ≥ 2M, so B is funded (it ties with A at ρ = 1 once A is affordable,
    // and is cheaper). A needs e − 2M ≥ 3M: from e = 5,000,000 on, A joins and C + B + A = 9M > 8M.
    // So every endowment from 4,000,000 to 4,999,999 funds C and B (6M): a million unit steps.
    const e: Election = { budget: 8_000_000, voteType: 'approval', projects: projects({ A: 3_000_000, B: 2_000_000, C: 4_000_000, D: 5_000_000 }), ballots: [['A', 'C', 'D'], ['B', 'C']] };
    const r = tally(e, { rule: 'mes', completion: 'add1' });
    expect([r.selected, r.cost, r.endowment]).toEqual([['C', 'B'], 6_000_000, 4_999_999]);
    // Each jump doubles while it is proved, so a million units take a few dozen MES runs.
    expect(r.mesRuns).toBeLessThan(100);
  });

  it('a budget of 10⁸ with 3 voters: the last endowment within budget is 39,999,999', () => {
    // All three approve X (90M); voter 1 also Y (30M), voters 2 and 3 also Z (20M), voter 3 also W (60M).
    // Round 1: X at 30M each (ρ = 1/3). Round 2: Z needs 2(e − 30M) ≥ 20M, i.e. e ≥ 40M; Y needs e ≥ 60M,
    // W e ≥ 90M. Add1 starts at 33,333,333 with {X} (90M); at 40,000,000 X + Z = 110M overspends.
    const e: Election = { budget: 100_000_000, voteType: 'approval', projects: projects({ X: 90_000_000, Y: 30_000_000, Z: 20_000_000, W: 60_000_000 }), ballots: [['X', 'Y'], ['X', 'Z'], ['X', 'Z', 'W']] };
    const r = tally(e, { rule: 'mes', completion: 'add1' });
    expect([r.selected, r.cost, r.endowment]).toEqual([['X'], 90_000_000, 39_999_999]);
    expect(r.mesRuns).toBeLessThan(100);
  });
});

const TIE_ORDERS: TieBreakKey[][] = [['cost', 'votes', 'id'], ['votes', 'cost', 'id'], ['id']];

const electionArb = randomElection({ voteTypes: ['approval', 'cumulative'], scales: [1, 3, 10], maxVoters: 10 });

describe('the Add1 search returns exactly what the unit walk returns', () => {
  it('on random approval and cumulative elections, both variants, several tie-break orders', () => {
    fc.assert(
      fc.property(electionArb, fc.constantFrom('add1' as const, 'add1-exhaustive' as const), fc.constantFrom(...TIE_ORDERS), (e, variant, tieBreak) => {
        const profile = buildProfile(e);
        const utilities = e.voteType === 'approval' ? 'cost' : 'points';
        const fast = equalSharesAdd1(profile, utilities, tieBreak, variant);
        const walk = equalSharesAdd1UnitWalk(profile, utilities, tieBreak, variant);
        expect(fast.outcome.selected).toEqual(walk.outcome.selected);
        expect(fast.endowment.num / fast.endowment.den).toBe(walk.endowment);
        expect(fast.applied).toBe(walk.applied);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the certificate that skips endowments', () => {
  // Plain MES at a whole endowment, and the float run that records a trace or checks one.
  const runs = (e: Election) => {
    const profile = buildProfile(e);
    const options = (x: number) => ({ utilities: e.voteType === 'approval' ? ('cost' as const) : ('points' as const), tieBreak: ['cost', 'votes', 'id'] as TieBreakKey[], endowment: { num: x, den: 1 } });
    return {
      at: (x: number) => equalShares(profile, options(x)).selected,
      float: (x: number, reference?: MesTrace, above?: MesTrace) => equalSharesFloat(profile, options(x), reference, above),
    };
  };

  it('is sound: when it holds between a and b, every endowment in between funds the same projects in the same order', () => {
    fc.assert(
      fc.property(electionArb, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 40 }), (e, a, width) => {
        const { at, float } = runs(e);
        let from, to;
        try {
          from = float(a);
          to = float(a + width, from.trace);
        } catch {
          return; // a run decided in exact arithmetic serves as no reference
        }
        if (!to.certified) return;
        for (let x = a; x <= a + width; x++) expect(at(x), `endowment ${x}`).toEqual(from.selected);
      }),
      { numRuns: 300 },
    );
  });

  it('does not hold across an interval whose ends agree but whose middle differs', () => {
    // Found by search: with these points ballots MES funds p1, p0, p2 at 19–24 and from 27 on, but
    // p1, p2, p0 at 25 and 26. Comparing only the winners at both ends would wrongly skip 25 and 26.
    const e: Election = {
      budget: 1,
      voteType: 'cumulative',
      projects: projects({ p0: 36, p1: 25, p2: 27 }),
      ballots: [
        [{ id: 'p0', points: 5 }, { id: 'p1', points: 3 }],
        [{ id: 'p2', points: 1 }, { id: 'p0', points: 1 }],
        [{ id: 'p1', points: 1 }, { id: 'p2', points: 5 }],
        [{ id: 'p0', points: 3 }],
        [{ id: 'p1', points: 3 }],
        [{ id: 'p1', points: 2 }],
      ],
    };
    const { at, float } = runs(e);
    expect([at(23), at(25), at(52)]).toEqual([[1, 0, 2], [1, 2, 0], [1, 0, 2]]);
    expect(float(52, float(23).trace).certified).toBe(false);
    expect(float(24, float(23).trace).certified).toBe(true);
  });
});

describe('bounds lent by a run at a higher endowment', () => {
  // Runs from low + length down to low, each lent the bounds of the run one unit above (as the search
  // walks a block), each checked against a run lent nothing.
  const checkChain = (e: Election, low: number, length: number) => {
    const profile = buildProfile(e);
    const options = (x: number) => ({ utilities: e.voteType === 'approval' ? ('cost' as const) : ('points' as const), tieBreak: ['cost', 'votes', 'id'] as TieBreakKey[], endowment: { num: x, den: 1 } });
    let above: MesTrace | undefined;
    for (let x = low + length; x >= low; x--) {
      let lent;
      try {
        const run = equalSharesFloat(profile, options(x), undefined, above);
        [lent, above] = [run.selected, run.trace];
      } catch {
        [lent, above] = [equalShares(profile, options(x)).selected, undefined]; // decided in exact arithmetic: lends nothing
      }
      expect(lent, `endowment ${x}`).toEqual(equalShares(profile, options(x)).selected);
    }
  };

  it('leave the outcome unchanged, down a chain of runs each lent the bounds of the run one unit above', () => {
    fc.assert(
      fc.property(electionArb, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 12 }), checkChain),
      { numRuns: 500 },
    );
  });

  it('are no longer lent once the two runs have funded different projects', () => {
    // Found by search (20,000 random elections): bounds kept after the runs part ways fund the wrong projects.
    const p = (id: string, points: number) => ({ id, points });
    const e: Election = {
      budget: 1,
      voteType: 'cumulative',
      projects: projects({ p0: 8, p1: 1, p2: 1, p3: 5, p4: 12 }),
      ballots: [[p('p4', 1)], [p('p4', 3)], [p('p0', 2)], [p('p3', 3), p('p4', 2)], [p('p0', 2)], [p('p1', 1), p('p0', 2), p('p4', 4)]],
    };
    checkChain(e, 3, 3);
  });
});
