import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The figures the participation page publishes per neighbourhood, in column order (participants are counted by the page itself). */
export const participationFigures = ['proposals', 'supports', 'ballots', 'surveyAnswers'] as const;
export type ParticipationFigure = (typeof participationFigures)[number];

/** The area of an action that concerns no neighbourhood (a city-wide proposal, a resident who declared none). */
export const NO_NEIGHBOURHOOD = 'no-neighbourhood';

/** One figure of one year: its count per area (neighbourhood slug, or NO_NEIGHBOURHOOD), and the most one person can add to it. */
export interface FigureCounts {
  figure: ParticipationFigure;
  perArea: Record<string, number>;
  /** The most one person can add to the whole table (the noise is scaled to it). */
  sensitivity: number;
}

/** What a module saw people do in one calendar year. */
export interface YearOfParticipation {
  figures: FigureCounts[];
  /** The accounts that acted (user ids; the page keeps the confirmed ones). */
  accounts: string[];
  /** The pseudonymous identities that acted (keys unique within the module). */
  pseudonyms: string[];
  /** Where residents said they live (user id → neighbourhood slug), for the module that asks them. */
  residences?: Map<string, string>;
}

/** What the participation page asks a source: the year, and the cap on one person's share of a count (null: no cap). */
export interface ParticipationQuery {
  year: string;
  /** With noise on, each person's contribution to a count is capped, so the noise can cover it (docs/guide-participation.md). */
  capPerPerson: number | null;
}

/** A module's part of the equity-of-participation page: it counts what people did with it in a year. */
export interface ParticipationSource {
  /** Short name for errors and tests. */
  name: string;
  collect(db: Kysely<Database>, query: ParticipationQuery): Promise<YearOfParticipation>;
}

/** The first and the last instant of a calendar year, as ISO text for comparisons with stored times. */
export function yearBounds(year: string): { from: string; to: string } {
  return { from: `${year}-01-01T00:00:00.000Z`, to: `${Number(year) + 1}-01-01T00:00:00.000Z` };
}

/** Adds 1 to an area's count, at most `cap` times per person (person keys are opaque). */
export function cappedCounter(cap: number | null) {
  const perArea: Record<string, number> = {};
  const used = new Map<string, number>();
  return {
    perArea,
    add(area: string, person: string | null) {
      if (cap !== null && person !== null) {
        const n = used.get(person) ?? 0;
        if (n >= cap) return;
        used.set(person, n + 1);
      }
      perArea[area] = (perArea[area] ?? 0) + 1;
    },
  };
}
