import type { Vote, VoteMatrix } from './types.ts';
import type { PolisComment } from './polis-export-reader.ts';

/**
 * The tables of a Pol.is export, row by row in Pol.is's column order. The engine does no I/O and
 * knows no file syntax policy: the caller writes the rows with the application's CSV writer, which
 * keeps numbers as numbers and neutralises text a spreadsheet would run.
 */
export type PolisRow = readonly (string | number)[];

/** Pol.is writes a human-readable date beside each timestamp; readers ignore it, so UTC text is enough. */
const readableDate = (timestamp: number) => new Date(timestamp).toUTCString();

/** comments.csv rows (header first). */
export function commentsRows(comments: readonly PolisComment[]): PolisRow[] {
  const header = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
  return [header, ...comments.map((c) => [c.timestamp, readableDate(c.timestamp), c.id, c.authorId, c.agrees, c.disagrees, c.moderated, c.body])];
}

/** votes.csv rows (the vote history); a vote without time is written with timestamp 0. */
export function votesRows(votes: readonly Vote[]): PolisRow[] {
  return [['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'], ...votes.map((v) => [v.time ?? 0, readableDate(v.time ?? 0), v.statement, v.participant, v.vote])];
}

/** Optional extras for participants-votes.csv: each participant's group (null = not clustered) and comments written. */
export interface ParticipantsVotesExtras {
  groupOf?: (participantIndex: number) => number | null;
  commentsWritten?: (participantId: string) => number;
}

/** participants-votes.csv rows: one per participant, one column per statement, blank = not voted. */
export function participantsVotesRows(matrix: VoteMatrix, extras: ParticipantsVotesExtras = {}): PolisRow[] {
  const S = matrix.statementIds.length;
  const rows: PolisRow[] = [['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...matrix.statementIds]];
  matrix.participantIds.forEach((id, p) => {
    const cells = new Array<string | number>(S).fill('');
    let agree = 0;
    let disagree = 0;
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      cells[matrix.columns[e]] = matrix.values[e];
      if (matrix.values[e] === 1) agree++;
      else if (matrix.values[e] === -1) disagree++;
    }
    const group = extras.groupOf?.(p) ?? null;
    const votes = matrix.rowStart[p + 1] - matrix.rowStart[p];
    rows.push([id, group === null ? '' : group, extras.commentsWritten?.(id) ?? 0, votes, agree, disagree, ...cells]);
  });
  return rows;
}

/** summary.csv rows: one key, value pair each. */
export function summaryRows(entries: readonly (readonly [string, string])[]): PolisRow[] {
  return entries.map(([key, value]) => [key, value]);
}
