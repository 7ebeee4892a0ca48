import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feedInPieces, type PieceReader } from '../csv/testing/feed-in-pieces.ts';
import { referenceRecords, ReferenceSyntaxError } from '../csv/testing/reference-tokenizer.ts';
import { PolisExportError, type CsvRecord } from './csv-text.ts';
import { matrixFromParticipantsVotes, moderatedOutIds, participantsVotesFromRecords, readCommentsCsv, votesFromRecords, type PolisComment } from './polis-export-reader.ts';
import { ParticipantsVotesReader } from './participants-votes-reader.ts';
import type { VoteMatrix } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';
import { VotesCsvReader } from './votes-csv-reader.ts';
import { polisFixtures as polisData } from '../../../test/fixtures/index.ts';
const conversations = ['15-per-hour-seattle', 'brexit-consensus', 'scoop-hivemind.biodiversity', 'vtaiwan.uberx'];

/** The simple path: a character-by-character tokenizer, vote objects, then buildVoteMatrix. */
function referenceParse(text: string, file: string): CsvRecord[] {
  try {
    return referenceRecords(text, ',')
      .filter((r) => !(r.fields.length === 1 && r.fields[0] === '' && !r.quoted))
      .map(({ line, fields }) => ({ line, fields }));
  } catch (error) {
    if (!(error instanceof ReferenceSyntaxError)) throw error;
    const message = error.kind === 'unterminated-quote' ? 'unterminated quoted field' : 'unexpected character after a closing quote';
    throw new PolisExportError([{ file, line: error.line, message }]);
  }
}

type Outcome = { matrix: Record<string, unknown> } | { issues: unknown };

function outcome(read: () => VoteMatrix): Outcome {
  try {
    const m = read();
    return { matrix: { ...m, rowStart: Array.from(m.rowStart), columns: Array.from(m.columns), values: Array.from(m.values), moderatedOut: Array.from(m.moderatedOut) } };
  } catch (error) {
    if (error instanceof PolisExportError) return { issues: error.issues };
    throw error;
  }
}

/** Feeds the text's bytes to a streaming reader in pieces cut at `cuts`. */
const fed = <T,>(reader: PieceReader<T>, text: string, cuts: number[]) => feedInPieces(reader, new TextEncoder().encode(text), cuts);

const fastVotes = (text: string, statements: string[], moderated: string[], cuts: number[] = []) =>
  outcome(() => fed(new VotesCsvReader('votes.csv', { statements, moderatedOut: moderated }), text, cuts));
const referenceVotes = (text: string, statements: string[], moderated: string[]) =>
  outcome(() => buildVoteMatrix(votesFromRecords(referenceParse(text, 'votes.csv'), 'votes.csv'), { statements, moderatedOut: moderated }));
const fastParticipants = (text: string, moderated: string[], cuts: number[] = []) =>
  outcome(() => fed(new ParticipantsVotesReader('participants-votes.csv', moderated), text, cuts));
const referenceParticipants = (text: string, moderated: string[]) => {
  const comments = moderated.map((id): PolisComment => ({ id, authorId: '', timestamp: 0, agrees: 0, disagrees: 0, moderated: -1, body: '' }));
  return outcome(() => matrixFromParticipantsVotes(participantsVotesFromRecords(referenceParse(text, 'participants-votes.csv'), 'participants-votes.csv'), comments));
};

describe('fast Pol.is readers against the simple reference', () => {
  it.each(conversations)('build the same matrices from %s, however the file is cut into chunks', (name) => {
    const read = (file: string) => readFileSync(new URL(`${name}/${file}`, polisData), 'utf8');
    const comments = readCommentsCsv(read('comments.csv'));
    const ids = comments.map((c) => c.id);
    const moderated = moderatedOutIds(comments);
    const votes = read('votes.csv');
    const expected = referenceVotes(votes, ids, moderated);
    expect('matrix' in expected).toBe(true);
    expect(fastVotes(votes, ids, moderated)).toEqual(expected);
    expect(fastVotes(votes, ids, moderated, [1, 4096, 4097, 65_536, 100_003])).toEqual(expected);
    const wide = read('participants-votes.csv');
    expect(fastParticipants(wide, moderated, [7, 777, 77_777])).toEqual(referenceParticipants(wide, moderated));
  });

  it('orders votes by time as a comparison would: stable for equal times, and −0 equal to 0', () => {
    const text = 'timestamp,comment-id,voter-id,vote\n5,1,1,1\n0,1,2,1\n-0,1,2,-1\n3,7,2,0\n';
    const fast = fastVotes(text, [], []);
    expect(fast).toEqual(referenceVotes(text, [], []));
    expect(fast).toMatchObject({ matrix: { participantIds: ['2', '1'], statementIds: ['1', '7'], values: [-1, 0, 1] } });
  });

  // Fields that are valid (mostly) or wrong in the ways files are: quoted, signed, padded, empty.
  const quoted = (g: fc.Arbitrary<string>) => fc.tuple(g, fc.nat(3)).map(([v, q]) => (q === 0 || /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v));
  const mostly = (valid: string[], invalid: string[]) =>
    quoted(fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...valid) }, { weight: 1, arbitrary: fc.constantFrom(...invalid) }));
  const timestamp = mostly(['1', '2', '10', '1700000000000', '3', '-1', '-0', '0', '1.5', '1e3', ' 7', '99999999999999999'], ['', 'x', 'Infinity']);
  const id = mostly(['0', '1', '12', '012', 'a', 'q"t', 'x,y', '123456789', '1234567890', 'é'], ['']);
  const vote = mostly(['1', '-1', '0'], ['2', ' 1', '+1', '1.0']);
  const cellOrBlank = fc.oneof(vote, fc.constant(''));
  const cellFor: Record<string, fc.Arbitrary<string>> = { timestamp, 'comment-id': id, 'voter-id': id, vote, participant: id, 'group-id': mostly(['', '1', '-2'], ['x']) };
  const other = quoted(fc.constantFrom('', 'd', 'Tue, 01', '3'));
  const line = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

  function fileOf(header: string[], cell: (column: string) => fc.Arbitrary<string>) {
    const row = fc.oneof(
      { weight: 60, arbitrary: fc.tuple(...header.map(cell)).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.array(other, { minLength: 1, maxLength: header.length + 1 }).map((cells) => cells.join(',')) },
      { weight: 3, arbitrary: fc.constant('') },
    );
    return fc.tuple(fc.array(fc.tuple(row, line), { maxLength: 25 }), line, fc.boolean()).map(([rows, end, bom]) =>
      (bom ? '\ufeff' : '') + [header.join(','), ...rows.map(([r, l]) => r + l)].join(end),
    );
  }

  it('build the same vote-history matrix or report the same lines on generated files (property)', () => {
    const header = fc.constantFrom<string[]>(
      ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
      ['vote', 'voter-id', 'timestamp', 'comment-id'],
      ['timestamp', 'comment-id', 'voter-id', 'vote', 'vote'],
      ['timestamp', 'comment-id', 'vote'],
    );
    const text = header.chain((h) => fileOf(h, (c) => cellFor[c] ?? other));
    const ids = fc.subarray(['0', '1', '12', 'a', '012', 'z']);
    fc.assert(
      fc.property(text, ids, ids, fc.array(fc.nat(400), { maxLength: 4 }), (t, statements, moderated, cuts) => {
        expect(fastVotes(t, statements, moderated, cuts)).toEqual(referenceVotes(t, statements, moderated));
      }),
      { numRuns: 1500 },
    );
  });

  it('build the same participants-votes matrix or report the same lines on generated files (property)', () => {
    const statementColumns = fc.array(fc.constantFrom('0', '1', '12', 'a', '012', '1', 'participant'), { maxLength: 5 });
    const header = statementColumns.map((columns) => ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...columns]);
    const text = header.chain((h) => fileOf(h, (c) => cellFor[c] ?? (h.indexOf(c) < 6 ? other : cellOrBlank)));
    fc.assert(
      fc.property(text, fc.subarray(['0', '1', '12', 'a', 'zz']), fc.array(fc.nat(400), { maxLength: 4 }), (t, moderated, cuts) => {
        expect(fastParticipants(t, moderated, cuts)).toEqual(referenceParticipants(t, moderated));
      }),
      { numRuns: 1500 },
    );
  });

  it('agree on arbitrary text too (syntax errors, blank lines, stray quotes)', () => {
    const text = fc.string({ unit: fc.constantFrom('1', '-1', '0', 'a', ',', '"', '\n', '\r\n', 'timestamp,comment-id,voter-id,vote\n'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.array(fc.nat(100), { maxLength: 3 }), (t, cuts) => {
        expect(fastVotes(t, [], [], cuts)).toEqual(referenceVotes(t, [], []));
      }),
      { numRuns: 1000 },
    );
  });
});
