import type { Election, Project } from '../../engines/budgeting/index.ts';
import { ballotFromJson } from './ballot-rules.ts';
import type { BudgetContext } from './budget-context.ts';
import { pabulibVoteType } from './settings.ts';

/** Pabulib's name for each counting rule, written in the file's META so a recount uses the same one. */
const ruleMeta = { mes: 'equalshares/add1', greedy: 'greedy', phragmen: 'phragmen' } as const;

/**
 * The budget as an engine election: projects under their public reference with their cost,
 * French title, category and neighbourhood name; ballots anonymous (no voter ids) in the order given.
 */
export function budgetElection(ctx: BudgetContext, ballotJson: string[]): Election {
  const { budget, settings } = ctx;
  const hoodName = new Map(ctx.neighbourhoods.map((n) => [n.id, n.name_fr]));
  const projects: Project[] = ctx.projects.map((p) => {
    const project: Project = { id: p.ref, cost: p.cost, name: p.title_fr };
    if (p.category) project.category = p.category;
    const hood = p.neighbourhood_id ? hoodName.get(p.neighbourhood_id) : undefined;
    if (hood) project.neighbourhood = hood;
    return project;
  });
  const meta: Record<string, string> = {
    description: budget.title_fr,
    currency: budget.currency,
    unit: budget.neighbourhood_id ? (hoodName.get(budget.neighbourhood_id) ?? '') : 'city',
    rule: ruleMeta[settings.rule],
  };
  if (settings.ballotType === 'approval') {
    meta.min_length = String(settings.minProjects);
    if (settings.maxProjects > 0) meta.max_length = String(settings.maxProjects);
  }
  if (settings.ballotType === 'ranked') meta.max_length = String(settings.rankLimit);
  if (settings.ballotType === 'cumulative') meta.max_sum_points = String(settings.pointsTotal);
  return { budget: budget.amount, voteType: pabulibVoteType(settings.ballotType), projects, ballots: ballotJson.map(ballotFromJson), meta };
}
