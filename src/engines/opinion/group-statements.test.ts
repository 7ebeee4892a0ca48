import { describe, expect, it } from 'vitest';
import { buildVoteMatrix } from './vote-matrix.ts';
import { countAllVotes, countVotes, proportionTest, twoProportionTest } from './vote-counts.ts';
import { consensusStatements, divisiveStatements, groupAwareConsensus, representativeStatements, sideStatistics } from './group-statements.ts';
import type { Vote, VoteValue } from './types.ts';

// Group 0 (10 people) on s0: 8 agree, 2 pass. Group 1 (9 people): 1 agree, 7 disagree, 1 pass.
// s1: everybody agrees except 4 passes in group 1.
const votes: Vote[] = [];
const cast = (p: string, s: string, vote: VoteValue) => votes.push({ participant: p, statement: s, vote });
for (let i = 0; i < 10; i++) cast(`a${i}`, 's0', i < 8 ? 1 : 0);
for (let i = 0; i < 9; i++) cast(`b${i}`, 's0', i === 0 ? 1 : i < 8 ? -1 : 0);
for (let i = 0; i < 10; i++) cast(`a${i}`, 's1', 1);
for (let i = 0; i < 9; i++) cast(`b${i}`, 's1', i < 5 ? 1 : 0);
const matrix = buildVoteMatrix(votes);
const groupOf = Int32Array.from(matrix.participantIds.map((id) => (id.startsWith('a') ? 0 : 1)));
const counts = countVotes(matrix, groupOf, 2);

describe('tests', () => {
  it('computes the proportion test 2·sqrt(n + 1)·((k + 1)/(n + 1) − 0.5)', () => {
    expect(proportionTest(8, 10)).toBeCloseTo(2 * Math.sqrt(11) * (9 / 11 - 0.5), 12);
    expect(proportionTest(8, 10)).toBeCloseTo(2.1105794, 6);
  });

  it('computes the two-proportion z-test with counts + 1', () => {
    // 9/11 vs 2/10, pooled 11/21
    expect(twoProportionTest(8, 10, 1, 9)).toBeCloseTo(2.8328650, 6);
    expect(twoProportionTest(0, 0, 0, 0)).toBe(0);
  });
});

describe('group statistics', () => {
  it('counts agree, disagree and seen per group', () => {
    expect([counts.agree[0], counts.disagree[0], counts.seen[0]]).toEqual([8, 0, 10]);
    expect([counts.agree[2], counts.disagree[2], counts.seen[2]]).toEqual([1, 7, 9]);
  });

  it('matches the hand-computed agree statistics of group 0 on s0', () => {
    const r = sideStatistics(counts, 0, 0, 'agree');
    expect(r.pInGroup).toBeCloseTo(0.75, 12); // 9/12
    expect(r.pOthers).toBeCloseTo(2 / 11, 12);
    expect(r.ratio).toBeCloseTo(4.125, 12);
    expect(r.score).toBeCloseTo(4.125 * 2.8328650 * 0.75 * 2.1105794, 5);
  });

  it('picks s0 as representative for both groups, agree for one and disagree for the other', () => {
    const g0 = representativeStatements(counts, 0, matrix.moderatedOut);
    const g1 = representativeStatements(counts, 1, matrix.moderatedOut);
    // s1 also speaks for group 0: 11/12 against 6/11, tests 3.32 and 2.33, but scores lower than s0
    // (1.68·2.33·0.917·3.32 ≈ 11.9 against 4.125·2.83·0.75·2.11 ≈ 18.5).
    expect(g0.map((r) => [r.statement, r.side])).toEqual([[0, 'agree'], [1, 'agree']]);
    expect(g0[1].differenceTest).toBeCloseTo(2.3314, 3);
    expect(g1.map((r) => [r.statement, r.side])).toEqual([[0, 'disagree']]);
    expect(g1[0].pInGroup).toBeCloseTo(8 / 11, 12);
    expect(g1[0].proportionTest).toBeCloseTo(1.8973666, 6);
    expect(g1[0].differenceTest).toBeCloseTo(3.2794124, 6);
  });

  it('falls back to the best agree statement when nothing qualifies, and ignores moderated ones', () => {
    const quiet = buildVoteMatrix([
      { participant: 'x', statement: 's', vote: 1 },
      { participant: 'y', statement: 's', vote: 1 },
    ]);
    const c = countVotes(quiet, Int32Array.from([0, 1]), 2);
    expect(representativeStatements(c, 0, quiet.moderatedOut).map((r) => r.statement)).toEqual([0]);
    expect(representativeStatements(c, 0, Uint8Array.from([1]))).toEqual([]);
  });

  it('keeps at most five per group, agree before disagree', () => {
    const many: Vote[] = [];
    for (let s = 0; s < 8; s++) {
      for (let i = 0; i < 20; i++) {
        many.push({ participant: `a${i}`, statement: `s${s}`, vote: s % 2 ? 1 : -1 });
        many.push({ participant: `b${i}`, statement: `s${s}`, vote: s % 2 ? -1 : 1 });
      }
    }
    const m = buildVoteMatrix(many);
    const c = countVotes(m, Int32Array.from(m.participantIds.map((id) => (id[0] === 'a' ? 0 : 1))), 2);
    const reps = representativeStatements(c, 0, m.moderatedOut);
    // All eight score the same (the two sides are mirror images), so ties go by statement: s0–s4 are kept,
    // then the agree ones (odd statements) come first.
    expect(reps.map((r) => [m.statementIds[r.statement], r.side])).toEqual([
      ['s1', 'agree'],
      ['s3', 'agree'],
      ['s0', 'disagree'],
      ['s2', 'disagree'],
      ['s4', 'disagree'],
    ]);
  });
});

describe('consensus', () => {
  it('finds statements most people agree with, with a significant test', () => {
    // s1: 15 agree of 19 → p = 16/21, test 2·√20·(16/20 − 0.5); s0: 9 agree, 7 disagree of 19 → no side passes
    const all = countAllVotes(matrix);
    expect(consensusStatements(all, matrix.moderatedOut)).toEqual({ agree: [1], disagree: [] });
  });

  it('scores group-aware consensus as the product of smoothed agree rates', () => {
    const scores = groupAwareConsensus(counts, matrix.moderatedOut);
    expect(scores.map((s) => s.statement)).toEqual([1, 0]);
    expect(scores[1].score).toBeCloseTo(0.75 * (2 / 11), 12);
    expect(scores[0].score).toBeCloseTo((11 / 12) * (6 / 11), 12);
  });

  it('ranks divisive statements by the spread of p_agree', () => {
    const d = divisiveStatements(counts, matrix.moderatedOut);
    expect(d[0].statement).toBe(0);
    expect(d[0].spread).toBeCloseTo(0.75 - 2 / 11, 12);
  });
});
