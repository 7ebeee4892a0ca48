import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CITY } from './areas.ts';

// Bellerive's five neighbourhoods, in this order in every row below.
const hoods = ['vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts'] as const;

/**
 * Objective values two years ago, per neighbourhood, and how each indicator moved by last year
 * (a factor). The old harbour is central, lively and noisy; the station district is well served but
 * poorer; the riverside is green and quiet; the heights are residential and far from everything.
 */
const objective: Record<string, { values: (number | null)[]; trend: number }> = {
  'unemployment-rate': { values: [9.8, 7.9, 14.6, 6.4, 7.1], trend: 0.95 },
  'business-creation': { values: [14.2, 6.1, 9.7, 5.2, 4.4], trend: 1.04 },
  'median-income': { values: [22400, 23900, 17600, 26800, 25300], trend: 1.02 },
  'higher-education': { values: [41, 33, 22, 38, 29], trend: 1.02 },
  'library-members': { values: [182, 143, 96, 121, 74], trend: 1.06 },
  'association-density': { values: [9.1, 7.4, 5.2, 6.6, 3.9], trend: 1.01 },
  'municipal-turnout': { values: [44, 52, 31, 58, 47], trend: 1 },
  'public-service-access': { values: [96, 71, 88, 64, null], trend: 1.01 },
  'requests-resolved': { values: [74, 69, 52, 77, null], trend: 1.08 },
  'transit-access': { values: [97, 78, 99, 61, 43], trend: 1.03 },
  'cycle-network': { values: [4.8, 2.9, 3.6, 3.1, 0.9], trend: 1.12 },
  'fibre-coverage': { values: [91, 84, 88, 72, 58], trend: 1.09 },
  'road-casualties': { values: [3.1, 1.7, 2.6, 1.2, 1.5], trend: 0.92 },
  pm25: { values: [11.8, 9.4, 12.6, 7.9, 8.3], trend: 0.93 },
  no2: { values: [31, 22, 34, 16, 18], trend: 0.94 },
  'noise-exposure': { values: [21, 9, 24, 4, 6], trend: 0.98 },
  'public-green-space': { values: [6, 14, 5, 31, 18], trend: 1.02 },
  'waste-recycled': { values: [28, 39, 24, 44, 41], trend: 1.05 },
  'poverty-rate': { values: [19, 13, 29, 9, 11], trend: 1 },
  'gp-density': { values: [1.4, 0.9, 0.8, 0.7, 0.5], trend: 0.97 },
  burglaries: { values: [9.4, 6.2, 11.8, 4.9, 7.3], trend: 0.96 },
  overcrowding: { values: [12, 6, 17, 3, 4], trend: 0.99 },
  'culture-access': { values: [95, 58, 71, 44, 22], trend: 1 },
};

/** Share of satisfied residents in an earlier survey wave (two years ago), with the answers it rests on. */
const perceivedEarlier: Record<string, number[]> = {
  'perceived-jobs': [38, 41, 24, 44, 35],
  'perceived-education': [61, 66, 48, 70, 57],
  'perceived-administration': [52, 57, 39, 61, 45],
  'perceived-listening': [29, 41, 22, 33, 26],
  'perceived-public-transport': [74, 58, 69, 47, 31],
  'perceived-green-spaces': [36, 63, 30, 86, 71],
  'perceived-air': [41, 62, 35, 79, 74],
  'perceived-noise': [27, 66, 31, 82, 78],
  'perceived-safety-night': [52, 70, 38, 77, 73],
  'perceived-housing': [24, 37, 33, 31, 41],
  'perceived-culture': [81, 52, 49, 44, 27],
};
const earlierRespondents = [64, 71, 48, 52, 39];

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The demo city's indicator values: every objective indicator for the five neighbourhoods and the
 * city over the last two years, and an earlier quality-of-life survey wave (two years ago); the
 * surveys module's demo survey fills last year's perceived values.
 */
export async function seedDemoIndicators(db: Kysely<Database>, now = new Date()): Promise<void> {
  const existing = new Set((await db.selectFrom('neighbourhood').select('slug').execute()).map((n) => n.slug));
  if (!hoods.every((h) => existing.has(h))) return;
  const [before, last] = [String(now.getUTCFullYear() - 2), String(now.getUTCFullYear() - 1)];
  const updated_at = now.toISOString();
  const rows: Database['indicator_value'][] = [];
  // The city's value is the neighbourhoods' mean, weighted by respondents where the values come from a survey.
  const add = (code: string, period: string, values: (number | null)[], respondents: number[] = [], source = '') => {
    values.forEach((value, i) => value !== null && rows.push({ indicator_code: code, area: hoods[i], period, value: round(value), n: respondents[i] ?? null, source, updated_at }));
    const weights = values.map((v, i) => (v === null ? 0 : (respondents[i] ?? 1)));
    const total = weights.reduce((a, b) => a + b, 0);
    const city = values.reduce<number>((sum, v, i) => sum + (v ?? 0) * weights[i], 0) / total;
    rows.push({ indicator_code: code, area: CITY, period, value: round(city), n: respondents.length ? total : null, source, updated_at });
  };
  for (const [code, { values, trend }] of Object.entries(objective)) {
    add(code, before, values);
    // Last year the heights got their district office's figures too.
    add(code, last, values.map((v, i) => (v === null ? (code === 'public-service-access' ? 52 : 63) : v * trend * (1 + ((i % 3) - 1) * 0.01))));
  }
  const wave = `Enquête « Qualité de vie dans mon quartier » ${before}`;
  for (const [code, values] of Object.entries(perceivedEarlier)) add(code, before, values, earlierRespondents, wave);
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('indicator_value').values(rows.slice(i, i + 200)).execute();
}
