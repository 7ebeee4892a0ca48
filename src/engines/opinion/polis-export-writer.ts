import type { Vote, VoteMatrix } from './types.ts';
import type { PolisComment } from './polis-export-reader.ts';
import { formatCsv } from './csv-text.ts';

/** Pol.is writes a human-readable date beside each timestamp; readers ignore it, so UTC text is enough. */
const readableDate = (timestamp: number) => new Date(timestamp).toUTCString();

/** comments.csv text in Pol.is's column order. */
export function writeCommentsCsv(comments: readonly PolisComment[]): string {
  const header = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'];
  return formatCsv([
    header,
    ...comments.map((c) => [String(c.timestamp), readableDate(c.timestamp), c.id, c.authorId, String(c.agrees), String(c.disagrees), String(c.moderated), c.body]),
  ]);
}

/** votes.csv text (the vote history); a vote without time is written with timestamp 0. */
export function writeVotesCsv(votes: readonly Vote[]): string {
  return formatCsv([
    ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
    ...votes.map((v) => [String(v.time ?? 0), readableDate(v.time ?? 0), v.statement, v.participant, String(v.vote)]),
  ]);
}

/** Optional extras for participants-votes.csv: each participant's group (null = not clustered) and comments written. */
export interface ParticipantsVotesExtras {
  groupOf?: (participantIndex: number) => number | null;
  commentsWritten?: (participantId: string) => number;
}

/** participants-votes.csv text: one row per participant, one column per statement, blank = not voted. */
export function writeParticipantsVotesCsv(matrix: VoteMatrix, extras: ParticipantsVotesExtras = {}): string {
  const S = matrix.statementIds.length;
  const rows: string[][] = [['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree', ...matrix.statementIds]];
  matrix.participantIds.forEach((id, p) => {
    const cells = new Array<string>(S).fill('');
    let agree = 0;
    let disagree = 0;
    for (let e = matrix.rowStart[p]; e < matrix.rowStart[p + 1]; e++) {
      cells[matrix.columns[e]] = String(matrix.values[e]);
      if (matrix.values[e] === 1) agree++;
      else if (matrix.values[e] === -1) disagree++;
    }
    const group = extras.groupOf?.(p) ?? null;
    const votes = matrix.rowStart[p + 1] - matrix.rowStart[p];
    rows.push([id, group === null ? '' : String(group), String(extras.commentsWritten?.(id) ?? 0), String(votes), String(agree), String(disagree), ...cells]);
  });
  return formatCsv(rows);
}

/** summary.csv text: one key, value row each. */
export function writeSummaryCsv(entries: readonly (readonly [string, string])[]): string {
  return formatCsv(entries.map(([key, value]) => [key, value]));
}
