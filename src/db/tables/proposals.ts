/** Row types: Proposals, co-authors, supports, official answers. */

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
  /** Where on the city's map (migration 030_locations, geography module): both or neither. */
  latitude: number | null;
  longitude: number | null;
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
