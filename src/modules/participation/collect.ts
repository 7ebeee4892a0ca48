import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { NO_NEIGHBOURHOOD, participationFigures, type ParticipationFigure, type ParticipationSource } from './source.ts';

/** A year of participation across every module, ready to publish: counts per area, with the noise scale each needs. */
export interface CollectedYear {
  /** Confirmed accounts that acted, per neighbourhood they declared (NO_NEIGHBOURHOOD when none). */
  participants: Record<string, number>;
  /** Pseudonymous identities that acted (counted apart: nothing says where they live). */
  pseudonyms: number;
  /** How many pseudonym sources there were (one person may hold one pseudonym in each). */
  pseudonymSources: number;
  figures: Record<ParticipationFigure, { perArea: Record<string, number>; sensitivity: number }>;
}

// Accounts that still exist and have confirmed their address, read in slices below bound-parameter limits.
async function confirmedAccounts(db: Kysely<Database>, ids: string[]): Promise<Set<string>> {
  const confirmed = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom('user').select(['id', 'emailVerified']).where('id', 'in', ids.slice(i, i + 500)).where('deletedAt', 'is', null).execute();
    for (const r of rows) if (Number(r.emailVerified) === 1) confirmed.add(r.id);
  }
  return confirmed;
}

/**
 * Asks every module's source what people did in the year and puts it together: each figure summed
 * over the modules (their noise scales add up), and each confirmed account counted once, in the
 * neighbourhood it declared.
 */
export async function collectYear(db: Kysely<Database>, sources: readonly ParticipationSource[], year: string, capPerPerson: number | null): Promise<CollectedYear> {
  const years = await Promise.all(sources.map((s) => s.collect(db, { year, capPerPerson })));
  const figures = Object.fromEntries(participationFigures.map((f) => [f, { perArea: {} as Record<string, number>, sensitivity: 0 }])) as CollectedYear['figures'];
  const residences = new Map<string, string>();
  for (const y of years) {
    for (const [user, hood] of y.residences ?? []) residences.set(user, hood);
    for (const counts of y.figures) {
      const target = figures[counts.figure];
      target.sensitivity += counts.sensitivity;
      for (const [area, n] of Object.entries(counts.perArea)) target.perArea[area] = (target.perArea[area] ?? 0) + n;
    }
  }
  for (const f of participationFigures) figures[f].sensitivity = Math.max(1, figures[f].sensitivity);
  const accounts = await confirmedAccounts(db, [...new Set(years.flatMap((y) => y.accounts))]);
  const participants: Record<string, number> = {};
  for (const id of accounts) {
    const area = residences.get(id) ?? NO_NEIGHBOURHOOD;
    participants[area] = (participants[area] ?? 0) + 1;
  }
  const withPseudonyms = years.filter((y) => y.pseudonyms.length > 0);
  return { participants, pseudonyms: withPseudonyms.reduce((n, y) => n + new Set(y.pseudonyms).size, 0), pseudonymSources: Math.max(1, withPseudonyms.length), figures };
}
