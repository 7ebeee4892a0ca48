import { describe, expect, it } from 'vitest';
import { moderatedOutIds, readCommentsCsv, readParticipantsVotesCsv, readVotesCsv } from './polis-export-reader.ts';

// Writing and reading back (the round trip) is tested where the writer lives: src/modules/opinion-maps/polis-export.test.ts.
describe('Pol.is export reader', () => {
  it('reads comments and moderation from a Pol.is file', () => {
    const text = 'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n1500000000000,d,0,7,3,1,1,Plain\n1500000001000,d,1,8,0,2,-1,"Says ""no"", twice\nand more"\n';
    const read = readCommentsCsv(text);
    expect(read).toEqual([
      { id: '0', authorId: '7', timestamp: 1500000000000, agrees: 3, disagrees: 1, moderated: 1, body: 'Plain' },
      { id: '1', authorId: '8', timestamp: 1500000001000, agrees: 0, disagrees: 2, moderated: -1, body: 'Says "no", twice\nand more' },
    ]);
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
});
