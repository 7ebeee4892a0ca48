/** Row types: Participatory budgets (ballots unlinkable to voters). */
import type { Generated } from 'kysely';

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
  /** Images and PDF documents are attachments (owner type `budget_project`, attachments module; migration 041 moved 012's one image there). */
  /** Where on the city's map (migration 030_locations, geography module): both or neither. */
  latitude: number | null;
  longitude: number | null;
}

/** A budget project comes from these proposals (same process). */
export interface BudgetProjectProposalTable {
  project_id: string;
  proposal_id: string;
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

/** A ballot waiting to be mixed into the urn with others (migration 014): same columns, no user, no time. */
export type BudgetBallotPoolTable = BudgetBallotTable;

/** Who has voted in a budget, with no link to their ballot. */
export interface BudgetVoterTable {
  budget_id: string;
  voter_key: string;
  channel: string;
  /** Keyed fingerprint of the voter's receipt (migration 014), different from the ballot's; null for paper and older ballots. */
  receipt_tag: Generated<string | null>;
}

export interface BudgetResultTable {
  budget_id: string;
  rule: string;
  outcome: string;
  ballot_count: number;
  counted_at: string;
  published_at: string | null;
}

/** The latest count of a budget, run in the background (migration 017). */
export interface BudgetCountTable {
  budget_id: string;
  /** Random id of the current attempt: only the runner holding it may write progress or the result. */
  attempt: string;
  /** queued, running, done or failed; a queued or running count whose heartbeat stopped was interrupted. */
  state: string;
  requested_by: string | null;
  /** How often the count was taken up again after its server stopped. */
  resumes: Generated<number>;
  mes_runs: Generated<number>;
  /** Add1 progress: the highest whole endowment known to stay within budget, and what it spends. */
  endowment: number | null;
  spent: number | null;
  error: string | null;
  requested_at: string;
  heartbeat_at: string;
  finished_at: string | null;
}
