// Format-independent model of a participatory-budgeting election.
// The web app builds these in memory; the Pabulib reader produces them from files.

/** How residents filled in their ballots. */
export type VoteType = 'approval' | 'choose-1' | 'cumulative' | 'ordinal' | 'scoring';

export const VOTE_TYPES: readonly VoteType[] = ['approval', 'choose-1', 'cumulative', 'ordinal', 'scoring'];

export interface Project {
  id: string;
  /** Cost in currency units (Pabulib files use integers, sometimes written `4000.0`). */
  cost: number;
  name?: string;
  category?: string;
  neighbourhood?: string;
  /** Any other PROJECTS columns, kept as text so a file can be written back unchanged. */
  attributes?: Record<string, string>;
}

/** A ballot entry carrying points (cumulative and scoring ballots). */
export interface PointsEntry {
  id: string;
  points: number;
}

/**
 * One ballot: project ids (approval, choose-1, ordinal with most preferred first)
 * or entries with points (cumulative, scoring). An empty ballot still counts as a voter.
 */
export type Ballot = readonly string[] | readonly PointsEntry[];

export interface Election {
  budget: number;
  voteType: VoteType;
  projects: Project[];
  ballots: Ballot[];
  /** Voter ids, parallel to `ballots`; absent for anonymous exports. */
  voterIds?: string[];
  /** Extra VOTES columns (age, sex, ...), parallel to `ballots`. */
  voterAttributes?: Record<string, string>[];
  /** META entries other than budget, vote_type, num_projects and num_votes (those are derived). */
  meta?: Record<string, string>;
}

/** Returns true when a ballot carries points rather than bare ids. */
export function isPointsBallot(ballot: Ballot): ballot is readonly PointsEntry[] {
  return ballot.length > 0 && typeof ballot[0] !== 'string';
}

/** Lists a ballot's entries as (id, points) pairs, keeping only the first mention of a project. */
export function ballotEntries(ballot: Ballot): PointsEntry[] {
  const seen = new Set<string>();
  const out: PointsEntry[] = [];
  for (const entry of ballot as readonly (string | PointsEntry)[]) {
    const e = typeof entry === 'string' ? { id: entry, points: 1 } : entry;
    // A ballot listing a project twice counts it once (first mention wins, so ordinal rank is kept).
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    out.push(e);
  }
  return out;
}
