import type { AppDeps } from '../../platform/context.ts';
import { publishStatistic, type PublishedStatistic } from '../../platform/statistics/index.ts';
import { proposalStatistics } from './list-query.ts';
import { proposalCategories } from './policy.ts';
import type { ComponentContext } from './queries.ts';

export type StatisticsGrouping = 'byNeighbourhood' | 'byCategory';

/**
 * The statistics page's figures: proposals and supports per neighbourhood (every one the component
 * offers, and the whole city) and per category, through the one publishing function. Small counts
 * are hidden; no noise (the counts are of public proposals).
 */
export async function publishProposalStatistics(deps: AppDeps, context: ComponentContext): Promise<PublishedStatistic> {
  const stats = await proposalStatistics(deps.db, context.component.id);
  const hoods = [...context.neighbourhoods.map((n) => n.id), 'city'];
  const table = (keys: readonly string[], counts: Map<string, { proposals: number; supports: number }>, measure: 'proposals' | 'supports') => ({
    cells: Object.fromEntries(keys.map((k) => [k, counts.get(k)?.[measure] ?? 0])),
    withTotal: true,
  });
  const outcome = await publishStatistic(deps, {
    dataset: { key: `proposals:${context.component.id}` },
    description: 'Proposals and supports per neighbourhood and per category',
    tables: {
      'proposals.byNeighbourhood': table(hoods, stats.byNeighbourhood, 'proposals'),
      'supports.byNeighbourhood': table(hoods, stats.byNeighbourhood, 'supports'),
      'proposals.byCategory': table(proposalCategories, stats.byCategory, 'proposals'),
      'supports.byCategory': table(proposalCategories, stats.byCategory, 'supports'),
    },
  });
  return outcome.statistic;
}
