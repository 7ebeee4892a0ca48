// One entry point for every rule: builds the profile, runs the rule and any completion.
import { equalSharesAdd1, totalCost, type Add1Progress } from './add1.ts';
import type { Election } from './election.ts';
import { equalShares } from './equal-shares.ts';
import type { MesOutcome, UtilityModel } from './equal-shares-types.ts';
import { greedy, type GreedyOutcome } from './greedy.ts';
import { phragmen, type PhragmenOutcome } from './phragmen.ts';
import { buildProfile, type Profile } from './profile.ts';
import { normaliseTieBreak, type TieBreakKey } from './tie-break.ts';

export type RuleName = 'mes' | 'greedy' | 'phragmen';
export type Completion = 'add1' | 'add1-exhaustive' | 'none';

export interface TallyOptions {
  /** Default: mes. */
  rule?: RuleName;
  /** MES only; default add1. */
  completion?: Completion;
  /** After MES or Phragmén, fund remaining projects greedily by votes while they fit. */
  utilitarianCompletion?: boolean;
  /** Default cost, votes, id; `id` is appended when missing. */
  tieBreak?: readonly string[];
  /** Greedy only: false stops at the first project that does not fit. Default true. */
  skipping?: boolean;
  /** Greedy only: projects scoring below this are not funded. */
  minScore?: number;
  /** MES with Add1: called after each MES run of the endowment search. */
  onProgress?: (progress: Add1Progress) => void;
}

export interface TallyResult {
  rule: RuleName;
  completion: Completion;
  utilitarianCompletion: boolean;
  tieBreak: TieBreakKey[];
  /** Funded project ids, in the order the rule funded them. */
  selected: string[];
  cost: number;
  budget: number;
  /** MES: each voter's starting money in the kept run; null for other rules. */
  endowment: number | null;
  /** MES: utilities used (cost for approval ballots, points otherwise). */
  utilities: UtilityModel | null;
  /** MES runs performed (Add1 reruns included). */
  mesRuns: number;
  /** MES runs in which a decision was too close for floats, so exact rational arithmetic decided it. */
  exactRuns: number;
  /** Internal detail for explanations. */
  detail: TallyDetail;
}

export interface TallyDetail {
  profile: Profile;
  mes?: MesOutcome;
  greedy?: GreedyOutcome;
  phragmen?: PhragmenOutcome;
  /** Projects added by utilitarian completion. */
  completed: number[];
}

/** Decides which projects an election funds under the chosen rule; ties follow the stated order. */
export function tally(election: Election, options: TallyOptions = {}): TallyResult {
  const rule = options.rule ?? 'mes';
  const tieBreak = normaliseTieBreak(options.tieBreak);
  const profile = buildProfile(election);
  const detail: TallyDetail = { profile, completed: [] };
  let chosen: number[];
  let endowment: number | null = null;
  let utilities: UtilityModel | null = null;
  let completion: Completion = 'none';
  let mesRuns = 0;
  let exactRuns = 0;
  if (rule === 'greedy') {
    detail.greedy = greedy(profile, { tieBreak, skipping: options.skipping, minScore: options.minScore });
    chosen = detail.greedy.selected;
  } else if (rule === 'phragmen') {
    detail.phragmen = phragmen(profile, tieBreak);
    chosen = detail.phragmen.selected;
  } else {
    utilities = election.voteType === 'approval' || election.voteType === 'choose-1' ? 'cost' : 'points';
    completion = options.completion ?? 'add1';
    if (completion === 'none') {
      const n = Math.max(profile.voterCount, 1);
      detail.mes = equalShares(profile, { utilities, tieBreak, endowment: { num: profile.budget, den: n }, recordPayments: true });
      endowment = profile.budget / n;
      mesRuns = 1;
      exactRuns = detail.mes.exact ? 1 : 0;
    } else {
      const add1 = equalSharesAdd1(profile, utilities, tieBreak, completion, options.onProgress);
      detail.mes = add1.outcome;
      endowment = add1.endowment.num / add1.endowment.den;
      mesRuns = add1.runs;
      exactRuns = add1.exactRuns;
    }
    chosen = detail.mes.selected;
  }
  if (options.utilitarianCompletion && rule !== 'greedy') {
    detail.completed = greedy(profile, { tieBreak }, chosen).selected;
    chosen = [...chosen, ...detail.completed];
  }
  return {
    rule,
    completion,
    utilitarianCompletion: options.utilitarianCompletion === true && rule !== 'greedy',
    tieBreak,
    selected: chosen.map((p) => profile.projectIds[p]),
    cost: totalCost(profile, chosen),
    budget: profile.budget,
    endowment,
    utilities,
    mesRuns,
    exactRuns,
    detail,
  };
}
