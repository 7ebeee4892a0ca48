import type { PublishedValue } from '../../platform/statistics/index.ts';
import type { InitiativePositions, PortfolioPosition } from './compass-view.ts';
import type { Orientation } from './criteria.ts';

// Coordinates are whole multiples of 1/4096: binary fractions add up exactly, so x + y + z is exactly 1
// in any reader's floating point, and 1/4096 ≈ 0.00024 is finer than any answer can move a point.
const STEPS = 4096;

/** A point as the API gives it: three coordinates that add up to exactly 1. */
export function apiCoordinates(p: Orientation | null): { digitalBusiness: number | null; ecoCity: number | null; ethicHuman: number | null } {
  if (!p) return { digitalBusiness: null, ecoCity: null, ethicHuman: null };
  const a = Math.round(p.digitalBusiness * STEPS);
  const b = Math.min(STEPS - a, Math.round(p.ecoCity * STEPS));
  return { digitalBusiness: a / STEPS, ecoCity: b / STEPS, ethicHuman: (STEPS - a - b) / STEPS };
}

/** A published count as the API gives it: the number, or { fewerThan: 5 }. */
export function apiCount(v: PublishedValue): number | { fewerThan: number } {
  if ('value' in v) return v.value;
  if ('fewerThan' in v) return { fewerThan: v.fewerThan };
  return Math.max(0, Math.round(v.noised));
}

/** One initiative on the compass, in the API contract's shape. */
export function initiativeJson(p: InitiativePositions, extra: Record<string, unknown> = {}) {
  return {
    id: p.initiative.id,
    slug: p.initiative.slug,
    title: { fr: p.initiative.title_fr, en: p.initiative.title_en },
    budget: Number(p.initiative.budget),
    ...extra,
    positions: p.positions.map((pos) => ({ group: pos.group, ...apiCoordinates(pos.point), assessments: apiCount(pos.assessments), spread: pos.spread === null ? null : Math.round(pos.spread * 10000) / 10000 })),
    gaps: p.gaps,
  };
}

/** The portfolio per group, in the API's shape. */
export function portfolioJson(portfolio: PortfolioPosition[]) {
  return { positions: portfolio.map((p) => ({ group: p.group, ...apiCoordinates(p.point), initiatives: p.initiatives, budget: p.budget })) };
}
