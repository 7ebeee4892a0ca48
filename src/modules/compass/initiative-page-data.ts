import type { AppDeps } from '../../platform/context.ts';
import { listNeighbourhoods, type NeighbourhoodRow } from '../processes/index.ts';
import { answersOfInitiative } from './compass-data.ts';
import { positionInitiatives, type InitiativePositions } from './compass-view.ts';
import { criterionKeys } from './criteria.ts';
import type { StakeholderGroup } from './groups.ts';
import { dimensionsOf, linksOfInitiatives, linkTargets, neighbourhoodsOf, type InitiativeRow, type LinkedItem } from './initiative-queries.ts';

/** What an initiative's page shows. */
export interface InitiativePageData {
  placed: InitiativePositions;
  neighbourhoods: NeighbourhoodRow[];
  dimensions: string[];
  links: LinkedItem[];
  /** Mean answer per criterion, only for the groups whose point is shown. */
  criterionMeans: Map<StakeholderGroup, Record<string, number>>;
  proposedFor: string | null;
}

/** Loads an initiative's positions, links, neighbourhoods and each shown group's mean answers. */
export async function loadInitiativePage(deps: AppDeps, initiative: InitiativeRow): Promise<InitiativePageData> {
  const { db } = deps;
  const [[placed], hoodIds, dims, links, targets, hoods, answers, org] = await Promise.all([
    positionInitiatives(deps, [initiative]),
    neighbourhoodsOf(db, [initiative.id]),
    dimensionsOf(db, [initiative.id]),
    linksOfInitiatives(db, [initiative.id]),
    linkTargets(db),
    listNeighbourhoods(db),
    answersOfInitiative(db, initiative.id),
    initiative.proposed_for ? db.selectFrom('organisation').select('name').where('id', '=', initiative.proposed_for).executeTakeFirst() : undefined,
  ]);
  const wanted = new Set((links.get(initiative.id) ?? []).map((l) => `${l.kind}:${l.targetId}`));
  const shown = new Set(placed.positions.filter((p) => p.point).map((p) => p.group));
  const criterionMeans = new Map<StakeholderGroup, Record<string, number>>();
  for (const group of shown) {
    const mine = answers.filter((a) => a.group === group);
    criterionMeans.set(group, Object.fromEntries(criterionKeys.map((k) => [k, mine.reduce((s, a) => s + a.answers[k], 0) / mine.length])));
  }
  return {
    placed,
    neighbourhoods: hoods.filter((h) => hoodIds.get(initiative.id)?.includes(h.id)),
    dimensions: dims.get(initiative.id) ?? [],
    links: targets.filter((t) => wanted.has(`${t.kind}:${t.id}`)),
    criterionMeans,
    proposedFor: org?.name ?? null,
  };
}
