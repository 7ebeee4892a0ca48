import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { PublishOutcome, PublishedStatistic, PublishedValue } from '../../platform/statistics/index.ts';
import { publishParticipation } from './publish.ts';
import { differentialPrivacyOn, listNeighbourhoodPopulations, type NeighbourhoodPopulation } from './queries.ts';
import { NO_NEIGHBOURHOOD, participationFigures, type ParticipationSource } from './source.ts';

/** The columns of the page and the API, in order: participants first, then each module's figure. */
export const columns = ['participants', ...participationFigures] as const;
export type Column = (typeof columns)[number];

/** Years the page offers: this one and the four before. */
export const offeredYears = (now: Date) => Array.from({ length: 5 }, (_, i) => String(now.getUTCFullYear() - i));

/** One row of the page: an area, its published figures and, where its population is known, the same per 1,000 inhabitants. */
export interface AreaRow {
  area: string;
  name_fr: string;
  name_en: string;
  population: number | null;
  figures: Record<Column, PublishedValue>;
  perThousand: Record<Column, number | null>;
}

/** Everything the participation page and API show for a year. */
export interface ParticipationView {
  year: string;
  years: string[];
  outcome: PublishOutcome;
  statistic: PublishedStatistic | null;
  rows: AreaRow[];
  pseudonyms: PublishedValue | null;
  differentialPrivacy: boolean;
}

/** The number a published figure shows (its value or its noised value), or null when it is withheld. */
export const numberOf = (f: PublishedValue | undefined) => (!f ? null : 'value' in f ? f.value : 'noised' in f ? f.noised : null);

function rowOf(statistic: PublishedStatistic, area: string, names: { fr: string; en: string }, population: number | null): AreaRow {
  const figureOf = (c: Column) => (area === 'city' ? statistic.tables[c].total! : statistic.tables[c].cells[area]);
  const figures = Object.fromEntries(columns.map((c) => [c, figureOf(c)])) as AreaRow['figures'];
  const perThousand = Object.fromEntries(columns.map((c) => {
    const n = numberOf(figures[c]);
    return [c, n === null || !population ? null : Math.round((10_000 * n) / population) / 10];
  })) as AreaRow['perThousand'];
  return { area, name_fr: names.fr, name_en: names.en, population, figures, perThousand };
}

// The city's population is known only when every neighbourhood's is.
const cityPopulation = (hoods: NeighbourhoodPopulation[]) => (hoods.length > 0 && hoods.every((h) => h.population !== null) ? hoods.reduce((n, h) => n + Number(h.population), 0) : null);

/** Publishes (or shows again) the figures of a year and lays them out by area: the city, each neighbourhood, then actions tied to none. */
export async function loadParticipation(c: Context<AppEnv>, yearText: string | undefined, now = new Date()): Promise<ParticipationView> {
  const years = offeredYears(now);
  const year = yearText ?? years[0];
  if (!years.includes(year)) throw notFound();
  const { db } = c.var.deps;
  const sources: ParticipationSource[] = c.var.deps.modules.definitions.flatMap((m) => m.participation ?? []);
  const [hoods, differentialPrivacy] = await Promise.all([listNeighbourhoodPopulations(db), differentialPrivacyOn(db)]);
  const outcome = await publishParticipation(c.var.deps, sources, { year, neighbourhoods: hoods.map((h) => h.slug), differentialPrivacy, now });
  const statistic = outcome.ok ? outcome.statistic : outcome.latest;
  const names = (key: string) => ({ fr: translator('fr')(key), en: translator('en')(key) });
  const rows: AreaRow[] = statistic
    ? [
        rowOf(statistic, 'city', names('participation.area.city'), cityPopulation(hoods)),
        ...hoods.map((h) => rowOf(statistic, h.slug, { fr: h.name_fr, en: h.name_en }, h.population === null ? null : Number(h.population))),
        rowOf(statistic, NO_NEIGHBOURHOOD, names('participation.area.none'), null),
      ]
    : [];
  return { year, years, outcome, statistic, rows, pseudonyms: statistic?.tables.pseudonyms?.cells.city ?? null, differentialPrivacy };
}
