import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import {
  buildVoteMatrix,
  writeCommentsCsv,
  writeParticipantsVotesCsv,
  writeSummaryCsv,
  writeVotesCsv,
  type VoteValue,
} from '../../engines/opinion/index.ts';
import { listParticipants, listVotes, type OpinionMapRow, type StatementRow } from './queries.ts';
import type { MapResults } from './results.ts';

/** The four files of a Pol.is export. */
export const exportFiles = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'] as const;
export type ExportFile = (typeof exportFiles)[number];

const moderatedFlag = (status: string): -1 | 0 | 1 => (status === 'visible' ? 1 : status === 'hidden' ? -1 : 0);
const time = (iso: string) => Date.parse(iso) || 0;

/**
 * Writes one file of the map's Pol.is export. Participants are anonymous numbers (their order of
 * arrival), statements their number; group ids come from the published results.
 */
export async function writeExportFile(db: Kysely<Database>, map: OpinionMapRow, statements: StatementRow[], results: MapResults, file: ExportFile, url: string): Promise<string> {
  const [participants, votes] = await Promise.all([listParticipants(db, map.component_id), listVotes(db, map.component_id)]);
  const numberOf = new Map(participants.map((p, i) => [p.id, String(i)]));
  const statementNumber = new Map(statements.map((s) => [s.id, String(s.number)]));
  const publicVotes = votes.map((v) => ({
    participant: numberOf.get(v.participant_id) ?? '',
    statement: statementNumber.get(v.statement_id) ?? '',
    vote: Number(v.vote) as VoteValue,
    time: time(v.voted_at),
  }));
  if (file === 'votes.csv') return writeVotesCsv(publicVotes);
  if (file === 'comments.csv') {
    const agrees = new Map<string, number>();
    const disagrees = new Map<string, number>();
    for (const v of publicVotes) {
      if (v.vote === 1) agrees.set(v.statement, (agrees.get(v.statement) ?? 0) + 1);
      if (v.vote === -1) disagrees.set(v.statement, (disagrees.get(v.statement) ?? 0) + 1);
    }
    return writeCommentsCsv(
      statements.map((s) => ({
        id: String(s.number),
        authorId: s.author_participant_id ? (numberOf.get(s.author_participant_id) ?? '') : '',
        timestamp: time(s.created_at),
        agrees: agrees.get(String(s.number)) ?? 0,
        disagrees: disagrees.get(String(s.number)) ?? 0,
        moderated: moderatedFlag(s.status),
        body: s.body,
      })),
    );
  }
  const groupOf = new Map(results.points.map((p) => [numberOf.get(p.participantId), p.group]));
  if (file === 'participants-votes.csv') {
    const written = new Map<string, number>();
    for (const s of statements) if (s.author_participant_id) written.set(numberOf.get(s.author_participant_id) ?? '', (written.get(numberOf.get(s.author_participant_id) ?? '') ?? 0) + 1);
    const voted = new Set(publicVotes.map((v) => v.participant));
    const voters = participants.map((p) => numberOf.get(p.id) as string).filter((n) => voted.has(n) || written.has(n));
    const matrix = buildVoteMatrix(publicVotes, { participants: voters, statements: statements.map((s) => String(s.number)) });
    return writeParticipantsVotesCsv(matrix, { groupOf: (p) => groupOf.get(matrix.participantIds[p]) ?? null, commentsWritten: (id) => written.get(id) ?? 0 });
  }
  const voters = new Set(publicVotes.map((v) => v.participant));
  return writeSummaryCsv([
    ['topic', map.question_fr],
    ['url', url],
    ['voters', String(voters.size)],
    ['voters-in-conv', String(results.points.length)],
    ['commenters', String(new Set(statements.filter((s) => s.author_participant_id).map((s) => s.author_participant_id)).size)],
    ['comments', String(statements.length)],
    ['groups', String(results.groups.length)],
    ['conversation-description', map.context_fr],
  ]);
}
