import type { FormValues } from '../../platform/form.ts';
import type { NeighbourhoodPopulation } from './queries.ts';
import type { PopulationInput } from './service.ts';

const text = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/**
 * Reads the populations form: per neighbourhood a whole number of inhabitants (blank removes it) and
 * the year it refers to (required with a number). Returns message keys beside each bad field.
 */
export function readPopulationForm(hoods: readonly Pick<NeighbourhoodPopulation, 'id'>[], values: FormValues): { ok: true; populations: PopulationInput[] } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const populations: PopulationInput[] = [];
  for (const h of hoods) {
    const [count, year] = [text(values[`population-${h.id}`]), text(values[`year-${h.id}`])];
    if (count === '') {
      populations.push({ neighbourhoodId: h.id, population: null, referenceYear: '' });
      continue;
    }
    const n = Number(count);
    if (!/^\d+$/.test(count) || n < 1 || n > 50_000_000) errors[`population-${h.id}`] = 'participation.admin.badPopulation';
    if (!/^\d{4}$/.test(year)) errors[`year-${h.id}`] = 'participation.admin.badYear';
    populations.push({ neighbourhoodId: h.id, population: n, referenceYear: year });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, populations };
}
