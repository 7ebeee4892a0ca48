import type { ExportSection } from '../accounts/index.ts';

// Only what was done with an account: pseudonymous participation is tied to no one, so it cannot be exported.
const opinionMapVotes: ExportSection = async (db, userId) => [
  'opinionMapVotes',
  await db
    .selectFrom('opinion_vote')
    .innerJoin('opinion_participant', 'opinion_participant.id', 'opinion_vote.participant_id')
    .innerJoin('opinion_statement', 'opinion_statement.id', 'opinion_vote.statement_id')
    .select(['opinion_vote.map_id', 'opinion_statement.number as statement', 'opinion_statement.body', 'opinion_vote.vote', 'opinion_vote.voted_at'])
    .where('opinion_participant.user_id', '=', userId)
    .orderBy('opinion_vote.voted_at')
    .execute(),
];

const opinionMapStatements: ExportSection = async (db, userId) => [
  'opinionMapStatements',
  await db
    .selectFrom('opinion_statement')
    .innerJoin('opinion_participant', 'opinion_participant.id', 'opinion_statement.author_participant_id')
    .select(['opinion_statement.map_id', 'opinion_statement.number', 'opinion_statement.body', 'opinion_statement.status', 'opinion_statement.created_at'])
    .where('opinion_participant.user_id', '=', userId)
    .orderBy('opinion_statement.created_at')
    .execute(),
];

/** What this module adds to "download my data", in order. */
export const opinionMapExportSections: ExportSection[] = [opinionMapVotes, opinionMapStatements];
