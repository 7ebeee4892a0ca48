import type { ExportSection } from '../accounts/index.ts';

const proposals: ExportSection = async (db, userId) => [
  'proposals',
  await db
    .selectFrom('proposal')
    .select(['id', 'title', 'body', 'category', 'neighbourhood_id', 'address', 'author_org_id', 'show_member_name', 'created_at', 'edited_at', 'withdrawn_at'])
    .where('author_user_id', '=', userId)
    .orderBy('created_at')
    .execute(),
];

const supports: ExportSection = async (db, userId) => [
  'proposalSupports',
  await db.selectFrom('proposal_support').select(['proposal_id', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute(),
];

const coauthorships: ExportSection = async (db, userId) => [
  'proposalCoauthorships',
  await db
    .selectFrom('proposal_coauthor')
    .select(['proposal_id', 'organisation_id', 'status', 'created_at', 'answered_at'])
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('answered_by', '=', userId)]))
    .orderBy('created_at')
    .execute(),
];

/** What this module adds to "download my data", in order. */
export const proposalExportSections: ExportSection[] = [proposals, supports, coauthorships];
