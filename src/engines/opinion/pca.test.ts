import { describe, expect, it } from 'vitest';
import { buildVoteMatrix } from './vote-matrix.ts';
import { centreMatrix, gramTimes, principalComponents, projectParticipants, statementExtremity } from './pca.ts';
import type { Vote, VoteValue } from './types.ts';

/** Votes from a dense grid; null = not voted. */
function grid(rows: (VoteValue | null)[][]): Vote[] {
  return rows.flatMap((row, p) => row.flatMap((v, s) => (v === null ? [] : [{ participant: `p${p}`, statement: `s${s}`, vote: v }])));
}

// Means: s0 = 1/3, s1 = −1/3. Centred: p0 [2/3, 4/3], p1 [−4/3, −2/3], p2 [2/3, 0 (imputed)], p3 [0 (imputed), −2/3].
// XᵀX = [[24/9, 16/9], [16/9, 24/9]]: eigenvectors (1, 1)/√2 with λ = 40/9 and (1, −1)/√2 with λ = 8/9.
const tiny = buildVoteMatrix(grid([[1, 1], [-1, -1], [1, null], [null, -1]]), { statements: ['s0', 's1'] });

describe('centreMatrix', () => {
  it('imputes with the column mean and centres, so stored cells are vote − mean', () => {
    const c = centreMatrix(tiny);
    expect(Array.from(c.means)).toEqual([1 / 3, -1 / 3]);
    expect(Array.from(c.centred).map((x) => +x.toFixed(6))).toEqual([0.666667, 1.333333, -1.333333, -0.666667, 0.666667, -0.666667]);
    expect(Array.from(c.votedCount)).toEqual([2, 2, 1, 1]);
  });

  it('treats a moderated-out column as all 0', () => {
    const m = buildVoteMatrix(grid([[1, 1], [-1, 1]]), { moderatedOut: ['s1'] });
    const c = centreMatrix(m);
    expect(c.activeStatements).toBe(1);
    expect(Array.from(c.centred)).toEqual([1, 0, -1, 0]);
    expect(Array.from(c.votedCount)).toEqual([1, 1]);
  });

  it("counts as Pol.is does: statements with a vote, moderated-out ones with a vote, every cast vote", () => {
    const m = buildVoteMatrix(grid([[1, 1, null], [-1, 1, null]]), { statements: ['s0', 's1', 's2'], moderatedOut: ['s1'] });
    const c = centreMatrix(m);
    expect(c.votedStatements).toBe(2); // s2 has no vote
    expect(c.moderatedVotedStatements).toBe(1);
    expect(Array.from(c.castCount)).toEqual([2, 2]);
    expect(Array.from(c.votedCount)).toEqual([1, 1]);
  });
});

describe('principal components', () => {
  it('computes XᵀX·v without forming XᵀX', () => {
    const out = new Float64Array(2);
    gramTimes(tiny, centreMatrix(tiny), Float64Array.from([1, 0]), out);
    expect(out[0]).toBeCloseTo(24 / 9, 12);
    expect(out[1]).toBeCloseTo(16 / 9, 12);
  });

  it('finds both axes and eigenvalues of the hand-computed example', () => {
    const [first, second] = principalComponents(tiny, centreMatrix(tiny), 7, undefined, { tolerance: 1e-14 });
    expect(first.eigenvalue).toBeCloseTo(40 / 9, 6);
    expect(Math.abs(first.vector[0])).toBeCloseTo(Math.SQRT1_2, 5);
    expect(first.vector[0] * first.vector[1]).toBeGreaterThan(0);
    expect(second.eigenvalue).toBeCloseTo(8 / 9, 6);
    expect(second.vector[0] * second.vector[1]).toBeCloseTo(-0.5, 5);
  });

  it('is deterministic for a seed and needs few iterations from a warm start', () => {
    const m = buildVoteMatrix(grid([[1, 1, -1, 0], [-1, -1, 1, 1], [1, 0, -1, null], [null, -1, 1, 1], [1, 1, null, -1]]));
    const c = centreMatrix(m);
    const tight = { tolerance: 1e-14 };
    const cold = principalComponents(m, c, 3, undefined, tight);
    expect(principalComponents(m, c, 3, undefined, tight)[0].vector).toEqual(cold[0].vector);
    const warm = principalComponents(m, c, 99, [cold[0].vector, cold[1].vector], tight);
    expect(warm[0].iterations).toBeLessThanOrEqual(3);
    for (let s = 0; s < 4; s++) expect(warm[0].vector[s]).toBeCloseTo(cold[0].vector[s], 5);
  });

  it('stops at the default tolerance within a small angle of the exact axis', () => {
    const [first] = principalComponents(tiny, centreMatrix(tiny), 7);
    // 1 − cos between steps ≤ 1e-5; with λ2/λ1 = 0.2 the remaining error is of the same order
    expect(Math.abs(first.vector[0] * Math.SQRT1_2 + first.vector[1] * Math.SQRT1_2)).toBeGreaterThan(1 - 1e-4);
  });

  it('returns zero axes when nobody disagrees with anybody', () => {
    const m = buildVoteMatrix(grid([[1, 1], [1, 1]]));
    const [first] = principalComponents(m, centreMatrix(m), 1);
    expect(first.eigenvalue).toBe(0);
  });
});

describe('projection', () => {
  it('uses only voted statements and scales by sqrt(n_statements / n_voted)', () => {
    const c = centreMatrix(tiny);
    const r = Math.SQRT1_2;
    const xy = projectParticipants(tiny, c, [Float64Array.from([r, r]), Float64Array.from([r, -r])]);
    expect(xy[0]).toBeCloseTo(Math.SQRT2, 12); // p0: (2/3 + 4/3)/√2, scale 1
    expect(xy[1]).toBeCloseTo(-Math.SQRT1_2 * (2 / 3), 12);
    expect(xy[4]).toBeCloseTo((2 / 3) * r * Math.SQRT2, 12); // p2 voted once: scale √2
    expect(xy[5]).toBeCloseTo((2 / 3) * r * Math.SQRT2, 12);
  });

  it('counts a moderated-out statement as voted by everyone, as Pol.is zeroes its column', () => {
    // s3 is moderated out. Means: s0 = 1/3, s1 = 1, s2 = −1. p2 voted on s0 only: centred 2/3.
    const m = buildVoteMatrix(grid([[1, 1, -1, 1], [-1, null, null, -1], [1, null, null, null]]), { moderatedOut: ['s3'] });
    const xy = projectParticipants(m, centreMatrix(m), [Float64Array.from([1, 0, 0, 0]), Float64Array.from([0, 1, 0, 0])]);
    // 4 statements with votes; p2 has 1 vote + 1 moderated column: scale √(4/2) (it was √(3/1) before).
    expect(xy[4]).toBeCloseTo((2 / 3) * Math.SQRT2, 12);
    expect(xy[2]).toBeCloseTo((-4 / 3) * Math.SQRT2, 12);
    expect(xy[0]).toBeCloseTo((2 / 3) * 1, 12); // p0: 3 votes + 1 moderated column, scale 1
  });

  it('places a statement where a participant agreeing with it alone would be', () => {
    const c = centreMatrix(tiny);
    const r = Math.SQRT1_2;
    // (1 − 1/3)·√2 · |(r, r)| = 2√2/3
    expect(statementExtremity(c, [Float64Array.from([r, 0]), Float64Array.from([r, 0])], 0)).toBeCloseTo((2 * Math.SQRT2) / 3, 12);
  });
});
