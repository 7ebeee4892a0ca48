import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildVoteMatrix, voteAt, withVotes } from './vote-matrix.ts';
import type { Vote, VoteValue } from './types.ts';

describe('buildVoteMatrix', () => {
  it('stores cells sorted by statement per participant, passes as 0 and missing as absent', () => {
    const m = buildVoteMatrix([
      { participant: 'a', statement: 's2', vote: -1 },
      { participant: 'a', statement: 's1', vote: 1 },
      { participant: 'b', statement: 's1', vote: 0 },
    ]);
    expect(m.participantIds).toEqual(['a', 'b']);
    expect(m.statementIds).toEqual(['s2', 's1']);
    expect(Array.from(m.rowStart)).toEqual([0, 2, 3]);
    expect(Array.from(m.columns)).toEqual([0, 1, 1]);
    expect(Array.from(m.values)).toEqual([-1, 1, 0]);
    expect(voteAt(m, 1, 1)).toBe(0);
    expect(voteAt(m, 1, 0)).toBeUndefined();
  });

  it('keeps the latest vote per pair by time, then by list order', () => {
    const m = buildVoteMatrix([
      { participant: 'a', statement: 's', vote: 1, time: 30 },
      { participant: 'a', statement: 's', vote: -1, time: 10 },
      { participant: 'a', statement: 't', vote: 1 },
      { participant: 'a', statement: 't', vote: 0 },
    ]);
    expect(voteAt(m, 0, m.statementIds.indexOf('s'))).toBe(1);
    expect(voteAt(m, 0, m.statementIds.indexOf('t'))).toBe(0);
    expect(m.columns.length).toBe(2);
  });

  it('includes listed participants and statements without votes and marks moderated ones', () => {
    const m = buildVoteMatrix([{ participant: 'a', statement: 's', vote: 1 }], {
      participants: ['z', 'a'],
      statements: ['s', 'quiet'],
      moderatedOut: ['gone'],
    });
    expect(m.participantIds).toEqual(['z', 'a']);
    expect(m.statementIds).toEqual(['s', 'quiet', 'gone']);
    expect(Array.from(m.moderatedOut)).toEqual([0, 0, 1]);
    expect(Array.from(m.rowStart)).toEqual([0, 0, 1]);
  });

  it('rejects a vote outside -1, 0, 1', () => {
    expect(() => buildVoteMatrix([{ participant: 'a', statement: 's', vote: 2 as VoteValue }])).toThrow(RangeError);
  });

  const voteArbitrary = fc.record({
    participant: fc.constantFrom('p0', 'p1', 'p2', 'p3'),
    statement: fc.constantFrom('s0', 's1', 's2'),
    vote: fc.constantFrom<VoteValue>(-1, 0, 1),
    time: fc.integer({ min: 0, max: 5 }),
  });

  // Two participants voting hundreds of times: rows long enough for the packed-key sort, not insertion sort.
  const busyVoter = fc.record({
    participant: fc.constantFrom('p0', 'p1'),
    statement: fc.integer({ min: 0, max: 150 }).map((s) => `s${s}`),
    vote: fc.constantFrom<VoteValue>(-1, 0, 1),
    time: fc.integer({ min: 0, max: 5 }),
  });

  it.each([
    ['short rows', fc.array(voteArbitrary, { maxLength: 40 })],
    ['long rows', fc.array(busyVoter, { minLength: 100, maxLength: 400 })],
  ])('agrees with a map of the latest vote per pair, %s (property)', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (votes: Vote[]) => {
        const m = buildVoteMatrix(votes);
        const expected = new Map<string, number>();
        votes
          .map((v, i) => ({ v, i }))
          .sort((x, y) => x.v.time! - y.v.time! || x.i - y.i)
          .forEach(({ v }) => expected.set(`${v.participant}/${v.statement}`, v.vote));
        expect(m.columns.length).toBe(expected.size);
        for (const [key, vote] of expected) {
          const [p, s] = key.split('/');
          expect(voteAt(m, m.participantIds.indexOf(p), m.statementIds.indexOf(s))).toBe(vote);
        }
      }),
    );
  });

  it('withVotes gives the same matrix as building from all votes at once (property)', () => {
    fc.assert(
      fc.property(fc.array(voteArbitrary, { maxLength: 30 }), fc.array(voteArbitrary, { maxLength: 10 }), (before, after) => {
        const untimed = (vs: Vote[]) => vs.map(({ time: _t, ...v }) => v);
        const whole = buildVoteMatrix([...untimed(before), ...untimed(after)]);
        const step = withVotes(buildVoteMatrix(untimed(before)), untimed(after));
        expect(step.participantIds).toEqual(whole.participantIds);
        expect(step.statementIds).toEqual(whole.statementIds);
        expect(Array.from(step.rowStart)).toEqual(Array.from(whole.rowStart));
        expect(Array.from(step.columns)).toEqual(Array.from(whole.columns));
        expect(Array.from(step.values)).toEqual(Array.from(whole.values));
      }),
    );
  });

  it('withVotes can moderate out a statement', () => {
    const m = withVotes(buildVoteMatrix([{ participant: 'a', statement: 's', vote: 1 }]), [], ['s']);
    expect(Array.from(m.moderatedOut)).toEqual([1]);
  });
});
