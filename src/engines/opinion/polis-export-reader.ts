import type { Vote, VoteMatrix, VoteValue } from './types.ts';
import { buildVoteMatrix } from './vote-matrix.ts';
import { columnPositions, parseCsv, PolisExportError, type CsvRecord, type ExportIssue } from './csv-text.ts';
import { PARTICIPANT_COLUMNS } from './participants-votes-reader.ts';

/** A statement as listed in comments.csv; `moderated` is 1 (in), 0 (neutral) or −1 (moderated out). */
export interface PolisComment {
  id: string;
  authorId: string;
  timestamp: number;
  agrees: number;
  disagrees: number;
  moderated: -1 | 0 | 1;
  body: string;
}

/** participants-votes.csv: the statement columns, each participant's Pol.is group and final votes. */
export interface ParticipantsVotes {
  statementIds: string[];
  participants: { id: string; groupId: number | null; commentCount: number }[];
  votes: Vote[];
}

const integer = /^-?\d+$/;

function parseVote(text: string): VoteValue | undefined {
  return text === '1' ? 1 : text === '-1' ? -1 : text === '0' ? 0 : undefined;
}

function failIfAny(issues: ExportIssue[]): void {
  if (issues.length > 0) throw new PolisExportError(issues);
}

/** Reads comments.csv (text or UTF-8 bytes); every malformed row is reported with its line. */
export function readCommentsCsv(input: string | Uint8Array, file = 'comments.csv'): PolisComment[] {
  const [header, ...rows] = parseCsv(input, file);
  const at = columnPositions(header, ['timestamp', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'], file);
  const issues: ExportIssue[] = [];
  const comments: PolisComment[] = [];
  for (const { line, fields } of rows) {
    const get = (name: keyof typeof at) => fields[at[name]] ?? '';
    const moderated = get('moderated');
    const problem =
      fields.length !== header.fields.length ? `expected ${header.fields.length} fields, found ${fields.length}`
      : get('comment-id') === '' ? 'empty comment-id'
      : !['-1', '0', '1'].includes(moderated) ? `moderated must be -1, 0 or 1, found "${moderated}"`
      : undefined;
    if (problem) {
      issues.push({ file, line, message: problem });
      continue;
    }
    comments.push({
      id: get('comment-id'),
      authorId: get('author-id'),
      timestamp: Number(get('timestamp')) || 0,
      agrees: Number(get('agrees')) || 0,
      disagrees: Number(get('disagrees')) || 0,
      moderated: Number(moderated) as -1 | 0 | 1,
      body: get('comment-body'),
    });
  }
  failIfAny(issues);
  return comments;
}

/**
 * Reads votes.csv (the vote history) into vote objects; the timestamp becomes the vote time so the
 * latest vote wins. For a matrix of a large file, VotesCsvReader is the fast way (no object per vote).
 */
export function readVotesCsv(input: string | Uint8Array, file = 'votes.csv'): Vote[] {
  return votesFromRecords(parseCsv(input, file), file);
}

/** The votes of already split votes.csv records (exported so tests can feed a reference tokenizer). */
export function votesFromRecords([header, ...rows]: CsvRecord[], file: string): Vote[] {
  const at = columnPositions(header, ['timestamp', 'comment-id', 'voter-id', 'vote'], file);
  const issues: ExportIssue[] = [];
  const votes: Vote[] = [];
  for (const { line, fields } of rows) {
    const vote = parseVote(fields[at.vote] ?? '');
    const time = Number(fields[at.timestamp]);
    const statement = fields[at['comment-id']] ?? '';
    const participant = fields[at['voter-id']] ?? '';
    const problem =
      fields.length !== header.fields.length ? `expected ${header.fields.length} fields, found ${fields.length}`
      : vote === undefined ? `vote must be -1, 0 or 1, found "${fields[at.vote]}"`
      : !Number.isFinite(time) || fields[at.timestamp] === '' ? `bad timestamp "${fields[at.timestamp]}"`
      : statement === '' || participant === '' ? 'empty comment-id or voter-id'
      : undefined;
    if (problem) issues.push({ file, line, message: problem });
    else votes.push({ participant, statement, vote: vote!, time });
  }
  failIfAny(issues);
  return votes;
}

/** Reads participants-votes.csv: one row per participant, one column per statement, blank = not voted. */
export function readParticipantsVotesCsv(input: string | Uint8Array, file = 'participants-votes.csv'): ParticipantsVotes {
  return participantsVotesFromRecords(parseCsv(input, file), file);
}

/** The content of already split participants-votes.csv records (exported for tests, as votesFromRecords). */
export function participantsVotesFromRecords([header, ...rows]: CsvRecord[], file: string): ParticipantsVotes {
  const at = columnPositions(header, PARTICIPANT_COLUMNS, file);
  const fixed = new Set<number>(Object.values(at));
  const statementColumns = header.fields.map((_, c) => c).filter((c) => !fixed.has(c));
  const statementIds = statementColumns.map((c) => header.fields[c]);
  const issues: ExportIssue[] = [];
  const result: ParticipantsVotes = { statementIds, participants: [], votes: [] };
  for (const { line, fields } of rows) {
    const id = fields[at.participant] ?? '';
    const group = fields[at['group-id']] ?? '';
    if (fields.length !== header.fields.length) issues.push({ file, line, message: `expected ${header.fields.length} fields, found ${fields.length}` });
    else if (id === '') issues.push({ file, line, message: 'empty participant id' });
    else if (group !== '' && !integer.test(group)) issues.push({ file, line, message: `group-id must be an integer or blank, found "${group}"` });
    else {
      for (const c of statementColumns) {
        const cell = fields[c];
        if (cell === '') continue;
        const vote = parseVote(cell);
        if (vote === undefined) issues.push({ file, line, message: `column ${header.fields[c]}: vote must be -1, 0, 1 or blank, found "${cell}"` });
        else result.votes.push({ participant: id, statement: header.fields[c], vote });
      }
      result.participants.push({ id, groupId: group === '' ? null : Number(group), commentCount: Number(fields[at['n-comments']]) || 0 });
    }
  }
  failIfAny(issues);
  return result;
}

/** Reads summary.csv: key, value rows (values may span lines when quoted). */
export function readSummaryCsv(input: string | Uint8Array, file = 'summary.csv'): [string, string][] {
  return parseCsv(input, file).map(({ line, fields }) => {
    if (fields.length < 2) throw new PolisExportError([{ file, line, message: 'expected a key and a value' }]);
    return [fields[0], fields.slice(1).join(',')] as [string, string];
  });
}

/** Statement ids moderated out (moderated = −1) in comments.csv. */
export function moderatedOutIds(comments: readonly PolisComment[]): string[] {
  return comments.filter((c) => c.moderated === -1).map((c) => c.id);
}

/** The vote matrix of a participants-votes export, keeping every participant and statement column. */
export function matrixFromParticipantsVotes(data: ParticipantsVotes, comments: readonly PolisComment[] = []): VoteMatrix {
  const columns = new Set(data.statementIds);
  return buildVoteMatrix(data.votes, {
    participants: data.participants.map((p) => p.id),
    statements: data.statementIds,
    // Comments without a column (Pol.is leaves some out) would only add empty statements.
    moderatedOut: moderatedOutIds(comments).filter((id) => columns.has(id)),
  });
}
