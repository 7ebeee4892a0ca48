import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  matrixFromParticipantsVotes,
  moderatedOutIds,
  readCommentsCsv,
  readParticipantsVotesCsv,
  readSummaryCsv,
  readVotesCsv,
  type PolisComment,
} from './polis-export-reader.ts';
import { writeCommentsCsv, writeParticipantsVotesCsv, writeSummaryCsv, writeVotesCsv } from './polis-export-writer.ts';
import { buildVoteMatrix } from './vote-matrix.ts';
import type { Vote, VoteValue } from './types.ts';

const comments: PolisComment[] = [
  { id: '0', authorId: '7', timestamp: 1500000000000, agrees: 3, disagrees: 1, moderated: 1, body: 'Plain' },
  { id: '1', authorId: '8', timestamp: 1500000001000, agrees: 0, disagrees: 2, moderated: -1, body: 'Says "no", twice\nand more' },
];

describe('Pol.is export reader', () => {
  it('reads comments and moderation', () => {
    const read = readCommentsCsv(writeCommentsCsv(comments));
    expect(read).toEqual(comments);
    expect(moderatedOutIds(read)).toEqual(['1']);
  });

  it('reports bad rows with file and line', () => {
    const bad = 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1,d,0,1,0,0,1,ok\n1,d,1,1,0,0,7,bad\n1,d,,1,0,0,0,x\n';
    expect(() => readCommentsCsv(bad)).toThrow(/comments\.csv:3: moderated must be -1, 0 or 1[\s\S]*comments\.csv:4: empty comment-id/);
    expect(() => readVotesCsv('timestamp,datetime,comment-id,voter-id,vote\n1,d,0,0,1\n2,d,0,1,yes\n')).toThrow(/votes\.csv:3: vote must be/);
    expect(() => readVotesCsv('timestamp,comment-id\n')).toThrow(/votes\.csv:1: missing column\(s\): voter-id, vote/);
    expect(() => readParticipantsVotesCsv('participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\np,,0,1,1,0,2\n')).toThrow(
      /participants-votes\.csv:2: column 0: vote must be/,
    );
    expect(() => readParticipantsVotesCsv('participant,group-id,n-comments,n-votes,n-agree,n-disagree,0\np,,0\n')).toThrow(
      /participants-votes\.csv:2: expected 7 fields, found 3/,
    );
    expect(() => readCommentsCsv('')).toThrow(/comments\.csv:1: the file is empty/);
  });

  it('reads the vote history with the latest vote winning', () => {
    const votes: Vote[] = [
      { participant: 'p', statement: '0', vote: -1, time: 20 },
      { participant: 'p', statement: '0', vote: 1, time: 10 },
    ];
    const read = readVotesCsv(writeVotesCsv(votes));
    expect(read).toEqual(votes);
    expect(Array.from(buildVoteMatrix(read).values)).toEqual([-1]);
  });

  it('reads summary key/value pairs, including multi-line values', () => {
    const entries: [string, string][] = [['topic', 'A, b'], ['conversation-description', 'line 1\nline "2"']];
    expect(readSummaryCsv(writeSummaryCsv(entries))).toEqual(entries);
  });

  it('writes participants-votes with groups and counts', () => {
    const m = buildVoteMatrix([
      { participant: 'p', statement: 'a', vote: 1 },
      { participant: 'p', statement: 'b', vote: -1 },
      { participant: 'q', statement: 'b', vote: 0 },
    ]);
    const text = writeParticipantsVotesCsv(m, { groupOf: (i) => (i === 0 ? 1 : null), commentsWritten: (id) => (id === 'q' ? 2 : 0) });
    expect(text).toBe('participant,group-id,n-comments,n-votes,n-agree,n-disagree,a,b\np,1,0,2,1,1,1,-1\nq,,2,1,0,0,,0\n');
    const read = readParticipantsVotesCsv(text);
    expect(read.participants).toEqual([{ id: 'p', groupId: 1, commentCount: 0 }, { id: 'q', groupId: null, commentCount: 2 }]);
  });

  it('writing then reading participants-votes gives the same matrix (property)', () => {
    const vote = fc.record({
      participant: fc.constantFrom('1', '2', 'x,y', 'q"t'),
      statement: fc.constantFrom('0', '1', '5', '12'),
      vote: fc.constantFrom<VoteValue>(-1, 0, 1),
    });
    fc.assert(
      fc.property(fc.array(vote, { maxLength: 30 }), fc.subarray(['0', '1', '5', '12']), (votes, moderated) => {
        const m = buildVoteMatrix(votes, { statements: ['0', '1', '5', '12'], moderatedOut: moderated });
        const moderation: PolisComment[] = moderated.map((id) => ({ ...comments[1], id }));
        const back = matrixFromParticipantsVotes(readParticipantsVotesCsv(writeParticipantsVotesCsv(m)), moderation);
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
