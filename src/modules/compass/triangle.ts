import { orientationKeys, type Orientation } from './criteria.ts';

/**
 * Geometry of the compass triangle, side 1: Digital Business bottom left, Eco City at the top, Ethic &
 * Human bottom right. Distances are measured in that plane, so two opposite corners are 1 apart.
 */
export const corners = {
  digitalBusiness: { x: 0, y: 0 },
  ecoCity: { x: 1 / 2, y: Math.sqrt(3) / 2 },
  ethicHuman: { x: 1, y: 0 },
} as const;

/** A point of the triangle in the plane (y upwards). */
export function toPlane(p: Orientation): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const k of orientationKeys) {
    x += p[k] * corners[k].x;
    y += p[k] * corners[k].y;
  }
  return { x, y };
}

/** The distance between two points of the triangle (0 = same view, 1 = opposite corners). */
export function distance(a: Orientation, b: Orientation): number {
  const pa = toPlane(a);
  const pb = toPlane(b);
  return Math.hypot(pa.x - pb.x, pa.y - pb.y);
}

/** The mean of points, each with a weight (1 when omitted); null for no point or zero weight. */
export function meanPoint(points: readonly Orientation[], weights?: readonly number[]): Orientation | null {
  let total = 0;
  const sum: Orientation = { digitalBusiness: 0, ecoCity: 0, ethicHuman: 0 };
  points.forEach((p, i) => {
    const w = weights ? weights[i] : 1;
    total += w;
    for (const k of orientationKeys) sum[k] += w * p[k];
  });
  if (points.length === 0 || total <= 0) return null;
  // Rounding could leave the sum a hair off 1: the last weight takes the rest.
  const digitalBusiness = sum.digitalBusiness / total;
  const ecoCity = sum.ecoCity / total;
  return { digitalBusiness, ecoCity, ethicHuman: Math.max(0, 1 - digitalBusiness - ecoCity) };
}

/** How far a group's answers lie from their mean: the root mean square distance to it. */
export function spread(points: readonly Orientation[], centre: Orientation): number {
  if (points.length === 0) return 0;
  const squares = points.reduce((s, p) => s + distance(p, centre) ** 2, 0);
  return Math.sqrt(squares / points.length);
}

/** The orientation a point leans to most (ties go to the first in the paper's order). */
export function leaning(p: Orientation): keyof Orientation {
  return orientationKeys.reduce((best, k) => (p[k] > p[best] + 1e-9 ? k : best), orientationKeys[0]);
}
