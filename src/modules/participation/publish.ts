import type { AppDeps } from '../../platform/context.ts';
import { publishStatistic, type CountTable, type PublishOutcome } from '../../platform/statistics/index.ts';
import { collectYear } from './collect.ts';
import { NO_NEIGHBOURHOOD, participationFigures, type ParticipationSource } from './source.ts';

/** With noise on, one person's share of each count is capped at this (a person's 12 supports count as 5). */
export const CAP_PER_PERSON = 5;

/** The release a differentially private year of figures belongs to: one per quarter while the year runs, a final one after. */
export function releaseKey(year: string, now: Date): string {
  if (Number(year) < now.getUTCFullYear()) return 'final';
  return `${year}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/**
 * Publishes a year of participation through the one publishing function: one table per figure
 * (participants and each module's figure), a cell per neighbourhood plus "no neighbourhood", the
 * total being the whole city; and the pseudonymous participants apart. Small counts are hidden; with
 * differential privacy on, each person's share is capped and every figure noised under the
 * `participation:<year>` budget, released once per quarter (four releases: the default yearly budget).
 */
export async function publishParticipation(deps: Pick<AppDeps, 'db' | 'dialect'>, sources: readonly ParticipationSource[], options: { year: string; neighbourhoods: readonly string[]; differentialPrivacy: boolean; now?: Date }): Promise<PublishOutcome> {
  const { year, differentialPrivacy } = options;
  const collected = await collectYear(deps.db, sources, year, differentialPrivacy ? CAP_PER_PERSON : null);
  const areas = [...options.neighbourhoods, NO_NEIGHBOURHOOD];
  const table = (perArea: Record<string, number>, sensitivity: number): CountTable => ({ cells: Object.fromEntries(areas.map((a) => [a, perArea[a] ?? 0])), withTotal: true, sensitivity });
  const tables: Record<string, CountTable> = { participants: table(collected.participants, 1) };
  for (const f of participationFigures) tables[f] = table(collected.figures[f].perArea, collected.figures[f].sensitivity);
  tables.pseudonyms = { cells: { city: collected.pseudonyms }, sensitivity: collected.pseudonymSources };
  return publishStatistic(deps, {
    dataset: { key: `participation:${year}`, differentialPrivacy: differentialPrivacy ? {} : undefined },
    release: differentialPrivacy ? releaseKey(year, options.now ?? new Date()) : undefined,
    description: `Participation in ${year}: participants, proposals, supports, ballots and survey answers per neighbourhood`,
    tables,
  });
}
