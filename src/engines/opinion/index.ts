// Public surface of the opinion-map engine (pure: no file, network or database access).
export type { Vote, VoteValue, VoteMatrix } from './types.ts';
export { buildVoteMatrix, buildVoteMatrixFromIndices, withVotes, voteAt, type IndexedVotes, type MatrixOptions } from './vote-matrix.ts';
export {
  analyzeConversation,
  type AnalyzeOptions,
  type OpinionAnalysis,
  type OpinionGroup,
  type OpinionState,
} from './analyze-conversation.ts';
export type { RepresentativeStatement, Side } from './group-statements.ts';
export { statementPriorities, statementPriority, pickNextStatement } from './statement-priority.ts';
export { adjustedRandIndex } from './adjusted-rand-index.ts';
export { seededRandom } from './seeded-random.ts';
export {
  readCommentsCsv,
  readVotesCsv,
  readParticipantsVotesCsv,
  readSummaryCsv,
  moderatedOutIds,
  matrixFromParticipantsVotes,
  type PolisComment,
  type ParticipantsVotes,
} from './polis-export-reader.ts';
export { commentsRows, votesRows, participantsVotesRows, summaryRows, type ParticipantsVotesExtras, type PolisRow } from './polis-export-writer.ts';
export { PolisExportError, type ExportIssue } from './csv-text.ts';
export { VotesCsvReader, readVotesMatrix } from './votes-csv-reader.ts';
export { ParticipantsVotesReader, readParticipantsVotesMatrix } from './participants-votes-reader.ts';
