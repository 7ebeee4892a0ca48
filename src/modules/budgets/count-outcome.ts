// What a count produces, computed from an election alone (no database): run in a worker thread.
import { compareWithGreedy, explainOutcome, tally, type Add1Progress, type Election, type GreedyComparison, type OutcomeExplanation, type RuleName } from '../../engines/budgeting/index.ts';

/** What a count produced, stored as JSON so the published page shows exactly what was counted. */
export interface StoredOutcome {
  rule: RuleName;
  completion: string;
  tieBreak: string[];
  selected: string[];
  cost: number;
  budget: number;
  endowment: number | null;
  ballots: number;
  /** Per project reference: voters who chose it, and its score (points or rank score; equal to votes for approval). */
  votes: Record<string, number>;
  scores: Record<string, number>;
  explanation: OutcomeExplanation;
  /** Null when the rule is greedy itself. */
  comparison: GreedyComparison | null;
}

/** Counts the ballots with the budget's rule, with its explanation and the comparison with greedy. */
export function countOutcome(election: Election, rule: RuleName, onProgress?: (progress: Add1Progress) => void): StoredOutcome {
  const result = tally(election, { rule, onProgress });
  const { profile } = result.detail;
  const votes: Record<string, number> = {};
  const scores: Record<string, number> = {};
  profile.projectIds.forEach((id, j) => {
    votes[id] = profile.supporters[j];
    scores[id] = profile.scores[j];
  });
  return {
    rule: result.rule,
    completion: result.completion,
    tieBreak: result.tieBreak,
    selected: result.selected,
    cost: result.cost,
    budget: result.budget,
    endowment: result.endowment,
    ballots: election.ballots.length,
    votes,
    scores,
    explanation: explainOutcome(election, result),
    comparison: result.rule === 'greedy' ? null : compareWithGreedy(election, result),
  };
}
