import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Orientation } from './criteria.ts';
import type { StakeholderGroup } from './groups.ts';

/** The assessments of one group for one initiative, summed up (no single answer leaves this). */
export interface GroupAggregate {
  initiativeId: string;
  group: StakeholderGroup;
  count: number;
  mean: Orientation;
  /** Root mean square distance of the answers' points to their mean, in the triangle of side 1. */
  spread: number;
}

// The plane coordinates of a stored point (docs/compass-method.md): x = eco/2 + ethic, y = eco·√3/2.
const squaredNorm = sql<number>`avg((eco_city * 0.5 + ethic_human) * (eco_city * 0.5 + ethic_human) + eco_city * eco_city * 0.75)`;

/**
 * Means per initiative and group, computed by the database: assessments current now, or (with `at`)
 * those that were current at the end of that moment — made by then and not yet replaced.
 */
export async function groupAggregates(db: Kysely<Database>, options: { at?: string; initiativeIds?: readonly string[] } = {}): Promise<GroupAggregate[]> {
  let query = db
    .selectFrom('compass_assessment')
    .select((eb) => [
      'initiative_id',
      'stakeholder_group',
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.avg<number | string>('digital_business').as('db'),
      eb.fn.avg<number | string>('eco_city').as('eco'),
      eb.fn.avg<number | string>('ethic_human').as('eh'),
      squaredNorm.as('sq'),
    ])
    .groupBy(['initiative_id', 'stakeholder_group']);
  if (options.at) {
    const at = options.at;
    query = query.where('created_at', '<=', at).where((eb) => eb.or([eb('superseded_at', 'is', null), eb('superseded_at', '>', at)]));
  } else {
    query = query.where('superseded_at', 'is', null);
  }
  if (options.initiativeIds) {
    if (options.initiativeIds.length === 0) return [];
    query = query.where('initiative_id', 'in', options.initiativeIds);
  }
  const rows = await query.execute();
  return rows.map((r) => {
    const digitalBusiness = Number(r.db);
    const ecoCity = Number(r.eco);
    const mean = { digitalBusiness, ecoCity, ethicHuman: Math.max(0, 1 - digitalBusiness - ecoCity) };
    const x = ecoCity / 2 + mean.ethicHuman;
    const y = (ecoCity * Math.sqrt(3)) / 2;
    // E|p − mean|² = E|p|² − |mean|² (clamped: rounding can make it a hair negative).
    const spread = Math.sqrt(Math.max(0, Number(r.sq) - (x * x + y * y)));
    return { initiativeId: r.initiative_id, group: r.stakeholder_group as StakeholderGroup, count: Number(r.n), mean, spread };
  });
}

/** The current answers of one initiative, by group (to show each criterion's mean answer on the initiative page). */
export async function answersOfInitiative(db: Kysely<Database>, initiativeId: string): Promise<{ group: StakeholderGroup; answers: Record<string, number> }[]> {
  const rows = await db.selectFrom('compass_assessment').select(['stakeholder_group', 'answers']).where('initiative_id', '=', initiativeId).where('superseded_at', 'is', null).execute();
  return rows.map((r) => ({ group: r.stakeholder_group as StakeholderGroup, answers: JSON.parse(r.answers) as Record<string, number> }));
}
