/**
 * Every table of the schema, sorted into those that hold data about a person — each under the section of
 * the privacy policy that describes it — and those that hold none. `personal-data.test.ts` fails when a
 * migration adds a table that is in neither list, so a new kind of personal data cannot arrive without
 * the default privacy policy saying what it is, how long it is kept and who sees it.
 */
export const personalDataSections = [
  'account',
  'sessions',
  'verification',
  'identity',
  'contributions',
  'notifications',
  'moderation',
  'meetings',
  'opinionMaps',
  'voterRegister',
  'surveys',
  'compass',
  'staff',
  'security',
] as const;

export type PersonalDataSection = (typeof personalDataSections)[number];

/** The tables holding personal data, by the policy section that describes them. */
export const personalDataTables: Record<PersonalDataSection, readonly string[]> = {
  account: ['user', 'account', 'terms_acceptance'],
  sessions: ['session'],
  verification: ['verification'],
  identity: ['identity_verification', 'verification_use', 'verification_letter', 'census_entry'],
  contributions: [
    'proposal',
    'proposal_version',
    'proposal_coauthor',
    'proposal_support',
    'proposal_answer',
    'comment',
    'comment_vote',
    'upload',
    'attachment',
    'organisation',
    'organisation_member',
    'organisation_invitation',
    'register_question',
    'compass_initiative',
  ],
  notifications: ['notification', 'notification_preference', 'outbox'],
  moderation: ['moderation_flag', 'moderation_action', 'user_block'],
  meetings: ['meeting_registration'],
  opinionMaps: ['opinion_participant', 'opinion_statement', 'opinion_vote', 'opinion_pseudonym_origin'],
  voterRegister: ['resident_neighbourhood', 'budget_voter', 'budget_voter_key', 'budget_ballot_pool', 'budget_ballot'],
  surveys: ['survey_respondent', 'survey_response', 'survey_answer', 'survey_draft', 'survey_draft_answer', 'survey_pool'],
  compass: ['compass_assessment', 'compass_interview', 'compass_segment', 'compass_memo'],
  staff: [
    'audit_log',
    'legal_page',
    'register_editor',
    'register_change',
    'register_algorithm',
    'budget_count',
    'observation_device',
    'compass_guide_version',
    'compass_analysis_release',
    'meeting_minutes',
    'verification_desk_staff',
  ],
  security: ['rate_limit'],
};

/**
 * Tables that hold nothing about a person: the city's own content, published figures and aggregates.
 * (SQLite's full-text index of proposals, `fts_proposal*`, copies only their public title and text.)
 */
export const tablesWithoutPersonalData: readonly string[] = [
  'budget',
  'budget_project',
  'budget_project_proposal',
  'budget_project_update',
  'budget_result',
  'cache_revision',
  'city_identity',
  'compass_code',
  'compass_guide',
  'compass_initiative_dimension',
  'compass_initiative_link',
  'compass_initiative_neighbourhood',
  'compass_segment_code',
  'component',
  'geography_area',
  'geography_layer',
  'indicator',
  'indicator_value',
  'meeting',
  'neighbourhood',
  'neighbourhood_population',
  'observation_aggregate',
  'observation_seen',
  'observation_refusal',
  'observation_log',
  'opinion_map',
  'opinion_result',
  'page_content',
  'participation_setting',
  'phase',
  'privacy_release',
  'process',
  'process_neighbourhood',
  'register_department',
  'register_sensor',
  'survey',
  'survey_question',
  'survey_tally',
  'verification_settings',
];

/** Tables a dialect adds by itself (SQLite's full-text index), classified by prefix rather than by name. */
export const derivedTablePrefixes: readonly string[] = ['fts_'];
