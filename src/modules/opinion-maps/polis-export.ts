import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { buildVoteMatrix, commentsRows, participantsVotesRows, summaryRows, votesRows, type PolisRow, type VoteValue } from '../../engines/opinion/index.ts';
import { csvText } from '../../web/csv.ts';
import { listParticipants, listVotes, type OpinionMapRow, type StatementRow } from './queries.ts';
import type { MapResults } from './results.ts';

/** The four files of a Pol.is export. */
export const exportFiles = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'] as const;
export type ExportFile = (typeof exportFiles)[number];

const time = (iso: string) => Date.parse(iso) || 0;

/** Pol.is export text: the shared CSV writer with LF line ends, as Pol.is writes them. */
export const polisCsv = (rows: Iterable<PolisRow>): string => csvText(rows, { lineEnd: '\n' });

/**
 * What the export may show, as the public page does: visible statements in full; statements a host
 * hid stay listed as in Pol.is exports (moderated −1, so a recount leaves them out exactly as the
 * map did) but without their text or author; statements waiting for approval are not there at all.
 */
export function publishedStatements(statements: readonly StatementRow[]): StatementRow[] {
  return statements.filter((s) => s.status === 'visible' || s.status === 'hidden');
}

/**
 * Writes one file of the map's Pol.is export. Participants are anonymous numbers (their order of
 * arrival), statements their number; group ids come from the published results.
 */
export async function writeExportFile(db: Kysely<Database>, map: OpinionMapRow, statements: StatementRow[], results: MapResults, file: ExportFile, url: string): Promise<string> {
  const published = publishedStatements(statements);
  const [participants, votes] = await Promise.all([listParticipants(db, map.component_id), listVotes(db, map.component_id)]);
  const numberOf = new Map(participants.map((p, i) => [p.id, String(i)]));
  const statementNumber = new Map(published.map((s) => [s.id, String(s.number)]));
  const publicVotes = votes
    .filter((v) => statementNumber.has(v.statement_id))
    .map((v) => ({ participant: numberOf.get(v.participant_id) ?? '', statement: statementNumber.get(v.statement_id) ?? '', vote: Number(v.vote) as VoteValue, time: time(v.voted_at) }));
  // Authorship is public for visible statements only.
  const authorOf = (s: StatementRow) => (s.status === 'visible' && s.author_participant_id ? (numberOf.get(s.author_participant_id) ?? '') : '');
  if (file === 'votes.csv') return polisCsv(votesRows(publicVotes));
  if (file === 'comments.csv') {
    const agrees = new Map<string, number>();
    const disagrees = new Map<string, number>();
    for (const v of publicVotes) {
      if (v.vote === 1) agrees.set(v.statement, (agrees.get(v.statement) ?? 0) + 1);
      if (v.vote === -1) disagrees.set(v.statement, (disagrees.get(v.statement) ?? 0) + 1);
    }
    return polisCsv(
      commentsRows(
        published.map((s) => ({
          id: String(s.number),
          authorId: authorOf(s),
          timestamp: time(s.created_at),
          agrees: agrees.get(String(s.number)) ?? 0,
          disagrees: disagrees.get(String(s.number)) ?? 0,
          moderated: s.status === 'visible' ? 1 : -1,
          body: s.status === 'visible' ? s.body : '',
        })),
      ),
    );
  }
  const written = new Map<string, number>();
  for (const s of published) {
    const author = authorOf(s);
    if (author) written.set(author, (written.get(author) ?? 0) + 1);
  }
  if (file === 'participants-votes.csv') {
    const groupOf = new Map(results.points.map((p) => [numberOf.get(p.participantId), p.group]));
    const voted = new Set(publicVotes.map((v) => v.participant));
    const listed = participants.map((p) => numberOf.get(p.id) as string).filter((n) => voted.has(n) || written.has(n));
    const matrix = buildVoteMatrix(publicVotes, { participants: listed, statements: published.map((s) => String(s.number)) });
    return polisCsv(participantsVotesRows(matrix, { groupOf: (p) => groupOf.get(matrix.participantIds[p]) ?? null, commentsWritten: (id) => written.get(id) ?? 0 }));
  }
  return polisCsv(
    summaryRows([
      ['topic', map.question_fr],
      ['url', url],
      ['voters', String(new Set(publicVotes.map((v) => v.participant)).size)],
      ['voters-in-conv', String(results.points.length)],
      ['commenters', String(written.size)],
      ['comments', String(published.length)],
      ['groups', String(results.groups.length)],
      ['conversation-description', map.context_fr],
    ]),
  );
}
