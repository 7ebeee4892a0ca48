/** Row types of cocity's own tables (better-auth owns user, session, account, verification). */
import type { Generated } from 'kysely';

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  image: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
  role: string | null;
  locale: string | null;
  deletedAt: string | null;
}

export interface SessionTable {
  id: string;
  userId: string;
  token: string;
  expiresAt: string | Date;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: string | Date;
  updatedAt: string | Date;
}

export interface AccountTable {
  id: string;
  userId: string;
  accountId: string;
  providerId: string;
  password: string | null;
}

export interface VerificationTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: string | Date;
}

export interface NeighbourhoodTable {
  id: string;
  slug: string;
  name_fr: string;
  name_en: string;
  position: number;
}

export interface AuditLogTable {
  id: string;
  actor_user_id: string | null;
  on_behalf_of_org_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  details: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
  sent_at: string | null;
}

export interface RateLimitTable {
  key: string;
  window_start: number;
  hits: number;
}

export interface OrganisationTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  description: string;
  website: string | null;
  neighbourhood_id: string | null;
  verified: number;
  created_by: string | null;
  created_at: string;
}

export interface OrganisationMemberTable {
  organisation_id: string;
  user_id: string;
  role: string;
  listed: number;
  created_at: string;
}

export interface OrganisationInvitationTable {
  id: string;
  organisation_id: string;
  email: string;
  role: string;
  status: string;
  invited_by: string | null;
  created_at: string;
  answered_at: string | null;
}

export interface ProcessTable {
  id: string;
  slug: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  body_fr: string;
  body_en: string;
  scope: string;
  published: number;
  hero_upload_id: string | null;
  manual_phase_id: string | null;
  hero_alt_fr: string;
  hero_alt_en: string;
  created_at: string;
  updated_at: string;
}

export interface ProcessNeighbourhoodTable {
  process_id: string;
  neighbourhood_id: string;
}

export interface PhaseTable {
  id: string;
  process_id: string;
  position: number;
  name_fr: string;
  name_en: string;
  description_fr: string;
  description_en: string;
  starts_on: string;
  ends_on: string;
}

export interface ComponentTable {
  id: string;
  process_id: string;
  type: string;
  name_fr: string;
  name_en: string;
  position: number;
  settings: string;
  published: number;
  created_at: string;
}

export interface PageContentTable {
  component_id: string;
  body_fr: string;
  body_en: string;
  updated_at: string;
}

export interface UploadTable {
  id: string;
  mime: string;
  size: number;
  file_name: string;
  created_by: string | null;
  created_at: string;
}

export interface CommentTable {
  id: string;
  resource_type: string;
  resource_id: string;
  parent_id: string | null;
  depth: number;
  author_user_id: string;
  organisation_id: string | null;
  stance: string | null;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface CommentVoteTable {
  comment_id: string;
  user_id: string;
  direction: number;
  created_at: string;
}

export interface ModerationFlagTable {
  id: string;
  resource_type: string;
  resource_id: string;
  user_id: string;
  reason: string;
  text: string;
  created_at: string;
  resolved_at: string | null;
}

export interface ModerationActionTable {
  id: string;
  resource_type: string;
  resource_id: string;
  process_id: string | null;
  action: string;
  resource_title: string;
  public_reason: string | null;
  moderator_user_id: string | null;
  created_at: string;
}

export interface UserBlockTable {
  id: string;
  user_id: string;
  until: string;
  reason: string;
  created_by: string | null;
  created_at: string;
  lifted_at: string | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: string;
  params: string;
  url: string;
  delivery: string;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}

export interface NotificationPreferenceTable {
  user_id: string;
  email_delivery: string;
  updated_at: string;
}

export interface BudgetTable {
  id: string;
  component_id: string;
  title_fr: string;
  title_en: string;
  description_fr: string;
  description_en: string;
  amount: number;
  currency: string;
  neighbourhood_id: string | null;
  position: number;
  created_at: string;
}

export interface BudgetProjectTable {
  id: string;
  budget_id: string;
  ref: string;
  title_fr: string;
  title_en: string;
  description_fr: string;
  description_en: string;
  cost: number;
  neighbourhood_id: string | null;
  category: string;
  proposal_url: string;
  status: string;
  progress: number;
  position: number;
  created_at: string;
}

export interface BudgetProjectUpdateTable {
  id: string;
  project_id: string;
  body_fr: string;
  body_en: string;
  created_at: string;
}

export interface ResidentNeighbourhoodTable {
  user_id: string;
  neighbourhood_id: string;
  locked: number;
}

/** A secret ballot: no user id, no time (see migration 009). */
export interface BudgetBallotTable {
  id: string;
  budget_id: string;
  choices: string;
  receipt_hash: string | null;
}

/** Who has voted in a budget, with no link to their ballot. */
export interface BudgetVoterTable {
  budget_id: string;
  voter_key: string;
  channel: string;
}

export interface BudgetResultTable {
  budget_id: string;
  rule: string;
  outcome: string;
  ballot_count: number;
  counted_at: string;
  published_at: string | null;
}

export interface ProposalTable {
  id: string;
  component_id: string;
  process_id: string;
  title: string;
  body: string;
  category: string;
  neighbourhood_id: string | null;
  address: string;
  author_user_id: string | null;
  author_org_id: string | null;
  show_member_name: number;
  supports_count: number;
  threshold_reached_at: string | null;
  answer_status: string | null;
  answer_text: string;
  answered_at: string | null;
  draft_status: string | null;
  draft_text: string;
  withdrawn_at: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
  edited_at: string | null;
  shuffle_key: number;
  created_at: string;
}

export interface ProposalVersionTable {
  id: string;
  proposal_id: string;
  title: string;
  body: string;
  category: string;
  neighbourhood_id: string | null;
  address: string;
  created_at: string;
}

export interface ProposalCoauthorTable {
  id: string;
  proposal_id: string;
  user_id: string | null;
  organisation_id: string | null;
  invitee_key: string;
  status: string;
  invited_by: string | null;
  answered_by: string | null;
  created_at: string;
  answered_at: string | null;
}

export interface ProposalSupportTable {
  proposal_id: string;
  user_id: string;
  component_id: string;
  created_at: string;
}

export interface ProposalAnswerTable {
  id: string;
  proposal_id: string;
  status: string;
  rationale: string;
  answered_by: string | null;
  published_at: string;
}

export interface CacheRevisionTable {
  name: string;
  revision: number | string;
}

export interface OpinionMapTable {
  component_id: string;
  question_fr: string;
  question_en: string;
  context_fr: string;
  context_en: string;
  moderation: string;
  max_length: number;
  participation: string;
  host_organisation_id: string | null;
  updated_at: string;
}

export interface OpinionParticipantTable {
  id: string;
  map_id: string;
  user_id: string | null;
  browser_key: string | null;
  created_at: string;
}

export interface OpinionStatementTable {
  id: string;
  map_id: string;
  number: number;
  body: string;
  normalized: string;
  author_participant_id: string | null;
  seed: number;
  status: string;
  created_at: string;
}

export interface OpinionVoteTable {
  map_id: string;
  participant_id: string;
  statement_id: string;
  vote: number;
  voted_at: string;
}

export interface OpinionResultTable {
  map_id: string;
  results: string;
  state: string;
  vote_count: number;
  fingerprint: string;
  computed_at: string;
}

export interface RegisterDepartmentTable {
  id: string;
  name_fr: string;
  name_en: string;
  organisation: string;
  email: string;
  created_at: string;
}

export interface RegisterEditorTable {
  user_id: string;
  department_id: string;
  created_at: string;
}

interface RegisterEntryColumns {
  id: string;
  department_id: string;
  name_fr: string;
  name_en: string;
  status: string;
  review_on: string | null;
  process_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface RegisterSensorTable extends RegisterEntryColumns {
  description: string;
  purposes: string;
  purpose_detail: string;
  technologies: string;
  detects: string;
  data_types: string;
  personal_data: number;
  processing: string;
  storage: string;
  access: string;
  retention: string;
  retention_days: number | null;
  address: string;
  neighbourhood_id: string | null;
  latitude: number | null;
  longitude: number | null;
  vendor: string;
  approval_url: string;
  installed_on: string | null;
  retired_on: string | null;
}

export interface RegisterAlgorithmTable extends RegisterEntryColumns {
  short_description: string;
  organisation: string;
  contact_email: string;
  domain: string;
  website: string;
  decision_process: string;
  goal: string;
  impact: string;
  risks: string;
  risk_category: string;
  proportionality: string;
  lawful_basis: string;
  source_data: string;
  training_data: string;
  personal_data_used: string;
  uses_personal_data: number;
  bias: string;
  connected_sources: string;
  dpia_summary: string;
  dpia_url: string;
  algorithm_type: string;
  algorithm_description: string;
  methods: string;
  performance: string;
  alternatives: string;
  source_code_url: string;
  monitoring: string;
  human_intervention: string;
  objection_procedure: string;
  rollback: string;
  autonomy: string;
  decision_types: string;
}

export interface RegisterChangeTable {
  id: string;
  entry_type: string;
  entry_id: string;
  department_id: string;
  user_id: string | null;
  kind: string;
  changes: string;
  created_at: string;
}

export interface RegisterQuestionTable {
  id: string;
  entry_type: string;
  entry_id: string;
  kind: string;
  body: string;
  user_id: string | null;
  created_at: string;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  neighbourhood: NeighbourhoodTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  rate_limit: RateLimitTable;
  organisation: OrganisationTable;
  organisation_member: OrganisationMemberTable;
  organisation_invitation: OrganisationInvitationTable;
  process: ProcessTable;
  process_neighbourhood: ProcessNeighbourhoodTable;
  phase: PhaseTable;
  component: ComponentTable;
  page_content: PageContentTable;
  upload: UploadTable;
  cache_revision: CacheRevisionTable;
  proposal: ProposalTable;
  proposal_version: ProposalVersionTable;
  proposal_coauthor: ProposalCoauthorTable;
  proposal_support: ProposalSupportTable;
  proposal_answer: ProposalAnswerTable;
  comment: CommentTable;
  comment_vote: CommentVoteTable;
  moderation_flag: ModerationFlagTable;
  moderation_action: ModerationActionTable;
  user_block: UserBlockTable;
  notification: NotificationTable;
  notification_preference: NotificationPreferenceTable;
  budget: BudgetTable;
  budget_project: BudgetProjectTable;
  budget_project_update: BudgetProjectUpdateTable;
  resident_neighbourhood: ResidentNeighbourhoodTable;
  budget_ballot: BudgetBallotTable;
  budget_voter: BudgetVoterTable;
  budget_result: BudgetResultTable;
  register_department: RegisterDepartmentTable;
  register_editor: RegisterEditorTable;
  register_sensor: RegisterSensorTable;
  register_algorithm: RegisterAlgorithmTable;
  register_change: RegisterChangeTable;
  register_question: RegisterQuestionTable;
  opinion_map: OpinionMapTable;
  opinion_participant: OpinionParticipantTable;
  opinion_statement: OpinionStatementTable;
  opinion_vote: OpinionVoteTable;
  opinion_result: OpinionResultTable;
}

export type { Generated };
