// Structured explanations a resident can read: who paid what, why a project was not funded.
import type { Election } from './election.ts';
import type { TallyResult } from './tally.ts';
import { describeSpending, type SpendingSummary } from './spending-summary.ts';

export interface PaymentSummary {
  /** Sum of what supporters paid (equals the cost under MES). */
  total: number;
  max: number;
  min: number;
}

export interface FundedProject {
  id: string;
  name?: string;
  cost: number;
  supporters: number;
  /** MES only: what its supporters paid. */
  payments?: PaymentSummary;
  /** Phragmén only: the load each supporter carries after it was bought. */
  load?: number;
  /** True when it was added by utilitarian (greedy) completion rather than by the rule itself. */
  byCompletion: boolean;
}

/**
 * supporters-money-short: its supporters' remaining money was below its cost (MES);
 * did-not-fit: it cost more than the budget left when its turn came;
 * below-threshold: fewer votes than the minimum; stopped-before: the rule stopped before its turn;
 * no-supporters: nobody voted for it.
 */
export type NotFundedReason = 'supporters-money-short' | 'did-not-fit' | 'below-threshold' | 'stopped-before' | 'no-supporters';

export interface UnfundedProject {
  id: string;
  name?: string;
  cost: number;
  supporters: number;
  reason: NotFundedReason;
  /** MES: money its supporters still held at the end. */
  supportersMoneyLeft?: number;
}

export interface OutcomeExplanation {
  rule: TallyResult['rule'];
  budget: number;
  cost: number;
  /** Budget not spent. */
  leftOver: number;
  funded: FundedProject[];
  unfunded: UnfundedProject[];
  /** MES: how much of each voter's share was spent. */
  spending?: SpendingSummary;
}

/** Explains a tally result project by project (the election must be the one that was tallied). */
export function explainOutcome(election: Election, result: TallyResult): OutcomeExplanation {
  const { profile, mes, greedy, phragmen, completed } = result.detail;
  const byCompletion = new Set(completed);
  const chosen = result.selected.map((id) => profile.projectIds.indexOf(id));
  const funded: FundedProject[] = chosen.map((j) => {
    const project = election.projects[j];
    const entry: FundedProject = { id: project.id, cost: project.cost, supporters: profile.supporters[j], byCompletion: byCompletion.has(j) };
    if (project.name !== undefined) entry.name = project.name;
    const paid = mes?.payments.get(j);
    if (paid) entry.payments = summarisePayments(profile.supportGroup.subarray(profile.supportStart[j]), paid, profile.groupWeight);
    const load = phragmen?.loads.get(j);
    if (load !== undefined) entry.load = load;
    return entry;
  });
  const isFunded = new Set(chosen);
  const unfunded: UnfundedProject[] = [];
  election.projects.forEach((project, j) => {
    if (isFunded.has(j)) return;
    const entry: UnfundedProject = { id: project.id, cost: project.cost, supporters: profile.supporters[j], reason: 'no-supporters' };
    if (project.name !== undefined) entry.name = project.name;
    if (greedy) {
      entry.reason = greedy.excluded.get(j) ?? 'did-not-fit';
    } else if (mes) {
      let left = 0;
      for (let s = profile.supportStart[j]; s < profile.supportStart[j + 1]; s++) {
        left += profile.groupWeight[profile.supportGroup[s]] * mes.balances[profile.supportGroup[s]];
      }
      entry.supportersMoneyLeft = left;
      entry.reason = 'supporters-money-short';
    } else if (phragmen) {
      entry.reason = phragmen.stoppedAt === j ? 'did-not-fit' : 'stopped-before';
    }
    // Utilitarian completion looked at every remaining project: those it skipped did not fit.
    if (result.utilitarianCompletion) entry.reason = 'did-not-fit';
    if (profile.supporters[j] === 0) entry.reason = 'no-supporters';
    unfunded.push(entry);
  });
  const explanation: OutcomeExplanation = { rule: result.rule, budget: result.budget, cost: result.cost, leftOver: result.budget - result.cost, funded, unfunded };
  if (mes && result.endowment !== null) explanation.spending = describeSpending(profile, mes.balances, result.endowment);
  return explanation;
}

function summarisePayments(groups: Int32Array, paid: Float64Array, weight: Float64Array): PaymentSummary {
  let total = 0;
  let max = 0;
  let min = Infinity;
  paid.forEach((p, k) => {
    total += p * weight[groups[k]];
    max = Math.max(max, p);
    min = Math.min(min, p);
  });
  return { total, max, min: paid.length > 0 ? min : 0 };
}

export interface VoterPayment {
  projectId: string;
  paid: number;
}

/** Per-voter breakdown on demand: what voter number `voter` (ballot index) paid for each funded project. */
export function voterPayments(result: TallyResult, voter: number): VoterPayment[] {
  const { profile, mes } = result.detail;
  if (!mes) return [];
  const g = profile.groupOfVoter[voter];
  const out: VoterPayment[] = [];
  for (const [j, paid] of mes.payments) {
    for (let s = profile.supportStart[j]; s < profile.supportStart[j + 1]; s++) {
      if (profile.supportGroup[s] === g) out.push({ projectId: profile.projectIds[j], paid: paid[s - profile.supportStart[j]] });
    }
  }
  return out;
}
