import { z } from 'zod';
import type { VoteType } from '../../engines/budgeting/index.ts';
import { defineComponentSpec } from '../processes/index.ts';

/** approval: pick between min and max projects; knapsack: pick projects up to the budget; cumulative: spread points; ranked: order up to N. */
export const ballotTypes = ['knapsack', 'approval', 'cumulative', 'ranked'] as const;
export type BallotType = (typeof ballotTypes)[number];

/** Settings shared by every budget of a component (label keys: components.budgets.settings.<name>). */
export const budgetGlobalSettings = z.object({
  ballotType: z.enum(ballotTypes).default('knapsack'),
  minProjects: z.number().int().min(0).max(100).default(1),
  // 0 means "no maximum" (knapsack ballots are limited by the budget instead).
  maxProjects: z.number().int().min(0).max(100).default(0),
  pointsTotal: z.number().int().min(1).max(1000).default(10),
  rankLimit: z.number().int().min(1).max(20).default(3),
  rule: z.enum(['mes', 'greedy', 'phragmen']).default('mes'),
  allowChanges: z.boolean().default(true),
  neighbourhoodResidentsOnly: z.boolean().default(true),
});

/** Per phase: whether residents may vote while that phase runs. */
export const budgetPhaseSettings = z.object({ votingEnabled: z.boolean().default(false) });

export type BudgetGlobalSettings = z.output<typeof budgetGlobalSettings>;

/** The budgets component's settings and actions: what the rules, the pages and the settings form read. */
export const budgetsSpec = defineComponentSpec({
  type: 'budgets',
  nameKey: 'components.budgets.name',
  globalSettings: budgetGlobalSettings,
  phaseSettings: budgetPhaseSettings,
  actions: {
    view: { permission: 'visitor' },
    vote: { permission: 'resident', enabledBy: 'votingEnabled', verifiable: true },
    paperBallot: { permission: 'admin', enabledBy: 'votingEnabled' },
    manage: { permission: 'admin' },
  },
});

/** The Pabulib vote type a ballot type is exported as. */
export function pabulibVoteType(type: BallotType): VoteType {
  if (type === 'cumulative') return 'cumulative';
  if (type === 'ranked') return 'ordinal';
  return 'approval';
}
