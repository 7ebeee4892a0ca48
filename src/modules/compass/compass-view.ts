import type { AppDeps } from '../../platform/context.ts';
import { publishStatistic, type PublishedValue } from '../../platform/statistics/index.ts';
import { groupAggregates, type GroupAggregate } from './compass-data.ts';
import type { Orientation } from './criteria.ts';
import { stakeholderGroups, type StakeholderGroup } from './groups.ts';
import type { InitiativeRow } from './initiative-queries.ts';
import { distance, meanPoint } from './triangle.ts';

/** One group's view of one initiative as published: its point only when the group has enough assessments. */
export interface PublishedPosition {
  group: StakeholderGroup;
  assessments: PublishedValue;
  point: Orientation | null;
  spread: number | null;
}

/** An initiative on the compass. */
export interface InitiativePositions {
  initiative: InitiativeRow;
  positions: PublishedPosition[];
  /** The mean of the shown groups' assessments (hidden groups stay out, so nothing can be subtracted). */
  overall: { point: Orientation | null; assessments: number };
  /** Distance between the city's view and the associations' (or the residents'), and the widest gap between any two shown groups. */
  gaps: { cityAssociations: number | null; cityResidents: number | null; widest: number | null };
}

/** The portfolio per group: the initiatives' points weighted by their budgets. */
export interface PortfolioPosition {
  group: StakeholderGroup | 'all';
  point: Orientation | null;
  initiatives: number;
  budget: number;
}

const gapBetween = (positions: PublishedPosition[], a: StakeholderGroup, b: StakeholderGroup): number | null => {
  const pa = positions.find((p) => p.group === a)?.point;
  const pb = positions.find((p) => p.group === b)?.point;
  return pa && pb ? distance(pa, pb) : null;
};

function widestGap(positions: PublishedPosition[]): number | null {
  const shown = positions.filter((p) => p.point);
  let widest: number | null = null;
  for (let i = 0; i < shown.length; i++) for (let j = i + 1; j < shown.length; j++) widest = Math.max(widest ?? 0, distance(shown[i].point!, shown[j].point!));
  return widest;
}

/**
 * Places initiatives on the compass from their assessments. The number of assessments per group goes
 * through the privacy engine's small-count rule; a group with fewer than 5 gets no point and no spread.
 */
export async function positionInitiatives(deps: AppDeps, initiatives: readonly InitiativeRow[], at?: string): Promise<InitiativePositions[]> {
  const aggregates = await groupAggregates(deps.db, { at, initiativeIds: initiatives.map((i) => i.id) });
  const byInitiative = new Map<string, Map<string, GroupAggregate>>();
  for (const a of aggregates) {
    if (!byInitiative.has(a.initiativeId)) byInitiative.set(a.initiativeId, new Map());
    byInitiative.get(a.initiativeId)!.set(a.group, a);
  }
  const tables = Object.fromEntries(initiatives.map((i) => [i.id, { cells: Object.fromEntries(stakeholderGroups.map((g) => [g, byInitiative.get(i.id)?.get(g)?.count ?? 0])) }]));
  const { statistic } = await publishStatistic(deps, { dataset: { key: 'compass:assessments' }, description: 'Assessments per initiative and stakeholder group', tables });
  return initiatives.map((initiative) => {
    const own = byInitiative.get(initiative.id);
    const positions = stakeholderGroups.map((group): PublishedPosition => {
      const assessments = statistic.tables[initiative.id].cells[group];
      const aggregate = own?.get(group);
      const shown = 'value' in assessments && aggregate !== undefined;
      return { group, assessments, point: shown ? aggregate.mean : null, spread: shown ? aggregate.spread : null };
    });
    const shown = positions.filter((p) => p.point);
    const counts = shown.map((p) => ('value' in p.assessments ? p.assessments.value : 0));
    return {
      initiative,
      positions,
      overall: { point: meanPoint(shown.map((p) => p.point!), counts), assessments: counts.reduce((a, b) => a + b, 0) },
      gaps: { cityAssociations: gapBetween(positions, 'city', 'associations'), cityResidents: gapBetween(positions, 'city', 'residents'), widest: widestGap(positions) },
    };
  });
}

/** The portfolio's position for each group and for all groups together, each initiative weighing its budget. */
export function portfolioPositions(placed: readonly InitiativePositions[]): PortfolioPosition[] {
  const of = (group: StakeholderGroup | 'all'): PortfolioPosition => {
    const points: Orientation[] = [];
    const budgets: number[] = [];
    for (const p of placed) {
      const point = group === 'all' ? p.overall.point : p.positions.find((x) => x.group === group)?.point;
      if (!point) continue;
      points.push(point);
      budgets.push(Number(p.initiative.budget));
    }
    return { group, point: meanPoint(points, budgets), initiatives: points.length, budget: budgets.reduce((a, b) => a + b, 0) };
  };
  return [of('all'), ...stakeholderGroups.map(of)];
}

/** The initiatives whose groups disagree most (widest gap first), those with at least two groups shown. */
export function mostContested(placed: readonly InitiativePositions[], limit = 5): InitiativePositions[] {
  return placed.filter((p) => p.gaps.widest !== null).sort((a, b) => b.gaps.widest! - a.gaps.widest!).slice(0, limit);
}
