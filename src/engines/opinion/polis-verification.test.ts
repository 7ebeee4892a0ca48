import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCommentsCsv, readParticipantsVotesCsv, readVotesCsv, matrixFromParticipantsVotes, moderatedOutIds } from './polis-export-reader.ts';
import { buildVoteMatrix, withVotes } from './vote-matrix.ts';
import type { VoteMatrix } from './types.ts';
import { analyzeConversation, type OpinionAnalysis } from './analyze-conversation.ts';
import { adjustedRandIndex } from './adjusted-rand-index.ts';
import type { Vote } from './types.ts';
import { polisFixtures } from '../../../test/fixtures/index.ts';

const polisData = polisFixtures;

/**
 * ARI floors against Pol.is's own groups. Measured over seeds 1–10 (docs/opinion-maps.md):
 * Seattle 0.856–0.970, Brexit 0.876–0.896, Scoop 0.861–0.989, vTaiwan 0.685–0.862.
 * Each floor is the lowest measured value less 0.05–0.08, so a real regression fails but the
 * seed-to-seed spread of k-means on a continuous cloud does not. Seattle and Scoop were raised
 * from 0.5 and 0.7 when the projection started counting moderated-out statements as Pol.is does.
 */
const conversations = [
  { name: '15-per-hour-seattle', floor: 0.8 },
  { name: 'brexit-consensus', floor: 0.8 },
  { name: 'scoop-hivemind.biodiversity', floor: 0.8 },
  { name: 'vtaiwan.uberx', floor: 0.6 },
];

function load(name: string) {
  const read = (file: string) => readFileSync(new URL(`${name}/${file}`, polisData), 'utf8');
  const comments = readCommentsCsv(read('comments.csv'));
  const export_ = readParticipantsVotesCsv(read('participants-votes.csv'));
  return { export_, matrix: matrixFromParticipantsVotes(export_, comments) };
}

function ariAgainstPolis(analysis: OpinionAnalysis, groups: (number | null)[]): { ari: number; compared: number } {
  const ours: number[] = [];
  const theirs: number[] = [];
  groups.forEach((g, p) => {
    if (g === null || analysis.groupOf[p] < 0) return;
    ours.push(analysis.groupOf[p]);
    theirs.push(g);
  });
  return { ari: adjustedRandIndex(ours, theirs), compared: ours.length };
}

/** Every stored cell as "participant/statement" → vote, to compare matrices built in different orders. */
function cellsOf(m: VoteMatrix): Map<string, number> {
  const cells = new Map<string, number>();
  m.participantIds.forEach((id, p) => {
    for (let e = m.rowStart[p]; e < m.rowStart[p + 1]; e++) cells.set(`${id}/${m.statementIds[m.columns[e]]}`, m.values[e]);
  });
  return cells;
}

/** Share of a statement's votes that are `side` (+1 agree, −1 disagree). */
function rawRate(votes: readonly Vote[], statement: string, side: 1 | -1): number {
  const cast = votes.filter((v) => v.statement === statement);
  return cast.filter((v) => v.vote === side).length / cast.length;
}

describe.each(conversations)('Pol.is conversation $name', ({ name, floor }) => {
  const { export_, matrix } = load(name);
  const polisGroups = export_.participants.map((p) => p.groupId);
  const analysis = analyzeConversation(matrix);

  it(`matches Pol.is's groups with an adjusted Rand index of at least ${floor}`, () => {
    const { ari, compared } = ariAgainstPolis(analysis, polisGroups);
    console.info(`${name}: ARI ${ari.toFixed(3)} over ${compared} participants, ${analysis.groups.length} groups`);
    expect(compared).toBeGreaterThan(0.95 * polisGroups.filter((g) => g !== null).length);
    expect(ari).toBeGreaterThanOrEqual(floor);
  });

  it('stays above the floor for other seeds too', () => {
    for (const seed of [2, 3]) expect(ariAgainstPolis(analyzeConversation(matrix, { seed }), polisGroups).ari).toBeGreaterThanOrEqual(floor);
  });

  it('rebuilds participants-votes.csv exactly from the votes.csv history, latest vote per pair', () => {
    const votes = readVotesCsv(readFileSync(new URL(`${name}/votes.csv`, polisData), 'utf8'));
    expect(votes.length).toBeGreaterThan(matrix.columns.length); // the history also holds votes later changed
    const history = buildVoteMatrix(votes);
    expect(cellsOf(history)).toEqual(cellsOf(matrix));
  });

  it('clusters about as many participants as Pol.is did', () => {
    const theirs = polisGroups.filter((g) => g !== null).length;
    expect(Math.abs(analysis.inConversation.length - theirs)).toBeLessThanOrEqual(0.05 * theirs);
  });

  it('names consensus statements that the raw agree and disagree rates bear out', () => {
    const active = matrix.statementIds.filter((_, s) => !matrix.moderatedOut[s] && export_.votes.some((v) => v.statement === matrix.statementIds[s]));
    const meanAgree = active.reduce((sum, id) => sum + rawRate(export_.votes, id, 1), 0) / active.length;
    expect(analysis.consensus.agree.length).toBeGreaterThan(0);
    for (const id of analysis.consensus.agree) {
      expect(rawRate(export_.votes, id, 1)).toBeGreaterThan(0.5);
      expect(rawRate(export_.votes, id, 1)).toBeGreaterThan(meanAgree);
    }
    for (const id of analysis.consensus.disagree) expect(rawRate(export_.votes, id, -1)).toBeGreaterThan(0.5);
  });

  it("ranks first a group-aware consensus statement that every one of Pol.is's groups agrees with more than most", () => {
    // Score each statement by its lowest raw agree rate across Pol.is's groups (a statement every
    // group agrees with scores high); our top statement must sit in the top quarter of that ranking.
    const groupIds = [...new Set(polisGroups.filter((g): g is number => g !== null))];
    const votesOf = groupIds.map((g) => {
      const members = new Set(export_.participants.filter((p) => p.groupId === g).map((p) => p.id));
      return export_.votes.filter((v) => members.has(v.participant));
    });
    const lowestAgree = (id: string) => Math.min(...votesOf.map((vs) => (vs.some((v) => v.statement === id) ? rawRate(vs, id, 1) : 0)));
    const scores = analysis.groupAwareConsensus.map((x) => lowestAgree(x.statement)).sort((a, b) => b - a);
    const top = lowestAgree(analysis.groupAwareConsensus[0].statement);
    expect(top).toBeGreaterThanOrEqual(scores[Math.floor(scores.length / 4)]);
  });
});

describe('replaying a Pol.is vote history through incremental updates', () => {
  it('ends with the same people in the conversation as Pol.is and groups that still match (vTaiwan, 100 updates)', () => {
    const { export_ } = load('vtaiwan.uberx');
    const read = (file: string) => readFileSync(new URL(`vtaiwan.uberx/${file}`, polisData), 'utf8');
    const comments = readCommentsCsv(read('comments.csv'));
    const history = readVotesCsv(read('votes.csv')).sort((a, b) => a.time! - b.time!);
    let matrix = buildVoteMatrix([], { moderatedOut: moderatedOutIds(comments) });
    let analysis: OpinionAnalysis | undefined;
    for (let i = 0; i < history.length; i += 500) {
      matrix = withVotes(matrix, history.slice(i, i + 500));
      analysis = analyzeConversation(matrix, { previous: analysis?.state });
    }
    const theirs = new Set(export_.participants.filter((p) => p.groupId !== null).map((p) => p.id));
    const ours = new Set(analysis!.inConversation);
    // Measured: 1,218 of Pol.is's 1,219 and nobody else. The missing one voted once, early: with an update
    // every 50 votes the top-up to 15 catches them and all 1,219 match (too slow for a unit test).
    expect([...ours].every((id) => theirs.has(id))).toBe(true);
    expect(ours.size).toBeGreaterThanOrEqual(theirs.size - 2);
    const groupOf = new Map(export_.participants.map((p) => [p.id, p.groupId]));
    const pairs = matrix.participantIds.flatMap((id, p) => (analysis!.groupOf[p] >= 0 && groupOf.get(id) != null ? [[analysis!.groupOf[p], groupOf.get(id)!]] : []));
    // Measured 0.781; the floor is the one for the one-shot analysis.
    expect(adjustedRandIndex(pairs.map((x) => x[0]), pairs.map((x) => x[1]))).toBeGreaterThanOrEqual(0.6);
  });
});
