/** Row types: Opinion maps. */

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

/** Pseudonymous participants of a map who joined from one network on one UTC day (keyed hash, erased after the day). */
export interface OpinionPseudonymOriginTable {
  id: string;
  map_id: string;
  day: string;
  address_key: string | null;
  pseudonyms: number;
}
