import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import { buildVoteMatrix, buildVoteMatrixFromIndices, withVotes } from './vote-matrix.ts';
import { syntheticConversation } from './synthetic-conversation.ts';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import type { Vote } from './types.ts';

const synthetic = syntheticConversation({ participants: 1500, statements: 40, votes: 30_000, groupWeights: [5, 3, 2], seed: 11, polarisation: 0.9 });
const matrix = buildVoteMatrixFromIndices(synthetic.participantIds, synthetic.statementIds, synthetic.cells);

describe('analyzeConversation', () => {
  const analysis = analyzeConversation(matrix);

  it('recovers planted opinion groups', () => {
    expect(analysis.groups.length).toBe(3);
    const ours: number[] = [];
    const planted: number[] = [];
    analysis.groupOf.forEach((g, p) => {
      if (g < 0) return;
      ours.push(g);
      planted.push(synthetic.latentGroup[p]);
    });
    // Measured 0.86: a participant with 7–20 noisy votes can sit on the wrong side of a boundary.
    expect(adjustedRandIndex(ours, planted)).toBeGreaterThan(0.8);
    expect(analysis.groups[0].members.length).toBeGreaterThanOrEqual(analysis.groups[1].members.length);
    for (const g of analysis.groups) expect(g.representative.length).toBeGreaterThan(0);
  });

  it('counts participants, statements, votes and who is in the conversation', () => {
    expect(analysis.participants).toBe(1500);
    expect(analysis.statements).toBe(40);
    expect(analysis.votes).toBe(30_000);
    const sevenOrMore = synthetic.participantIds.filter((_, p) => matrix.rowStart[p + 1] - matrix.rowStart[p] >= 7).length;
    expect(analysis.inConversation.length).toBe(sevenOrMore);
  });

  it('is deterministic: same input, same output', () => {
    const again = analyzeConversation(matrix);
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(analysis.state));
    expect(again.groups).toEqual(analysis.groups);
  });

  it('warm-starts from a JSON round trip of its state and keeps the same groups', () => {
    const previous = JSON.parse(JSON.stringify(analysis.state));
    const warm = analyzeConversation(matrix, { previous });
    expect(warm.pcaIterations[0]).toBeLessThanOrEqual(3);
    // The warm start keeps refining axes that stopped at a tolerance, so a few boundary points may move (measured 0.977).
    expect(adjustedRandIndex(Array.from(warm.groupOf), Array.from(analysis.groupOf))).toBeGreaterThan(0.95);
  });

  it('absorbs new votes and new statements on an update', () => {
    const extra: Vote[] = synthetic.participantIds.slice(0, 200).map((participant, i) => ({ participant, statement: 'late', vote: i % 3 === 0 ? 1 : -1 }));
    const updated = analyzeConversation(withVotes(matrix, extra), { previous: analysis.state });
    expect(updated.statements).toBe(41);
    expect(updated.groups.length).toBe(3);
    expect(updated.groupAwareConsensus.some((x) => x.statement === 'late')).toBe(true);
  });

  it('keeps a participant in the conversation once in, even if moderation removes their votes', () => {
    const votes: Vote[] = [];
    for (let p = 0; p < 20; p++) for (let s = 0; s < 8; s++) votes.push({ participant: `p${p}`, statement: `s${s}`, vote: (p + s) % 3 === 0 ? 1 : -1 });
    const first = analyzeConversation(buildVoteMatrix(votes));
    expect(first.inConversation).toContain('p0');
    const moderated = buildVoteMatrix(votes.filter((v) => v.participant !== 'p0' || v.statement < 's2'), { moderatedOut: ['s0'] });
    expect(analyzeConversation(moderated).inConversation).not.toContain('p0');
    expect(analyzeConversation(moderated, { previous: first.state }).inConversation).toContain('p0');
  });

  it('counts votes on statements moderated out since towards the seven that bring a participant in, as Pol.is does', () => {
    const votes: Vote[] = [];
    for (let p = 0; p < 20; p++) for (let s = 0; s < 9; s++) votes.push({ participant: `p${p}`, statement: `s${s}`, vote: (p + s) % 3 === 0 ? 1 : -1 });
    for (let s = 0; s < 7; s++) votes.push({ participant: 'late', statement: `s${s}`, vote: 1 });
    const analysis = analyzeConversation(buildVoteMatrix(votes, { moderatedOut: ['s0', 's1'] }));
    expect(analysis.inConversation).toContain('late'); // 5 votes on statements still in, 7 in all
  });

  it('handles an empty conversation', () => {
    const empty = analyzeConversation(buildVoteMatrix([]));
    expect(empty.groups).toEqual([]);
    expect(empty.consensus).toEqual({ agree: [], disagree: [] });
  });
});
