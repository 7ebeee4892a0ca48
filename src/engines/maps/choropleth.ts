/** Fills from light to dark in one hue: each step differs in lightness, so the map reads in greyscale too. */
export const CHOROPLETH_FILLS = ['#eef6f0', '#bcdcc6', '#80b995', '#3d8a5c', '#0b5d3b'] as const;
/** Text on the two darkest steps is white, elsewhere dark. */
export const choroplethInk = (step: number) => (step >= 3 ? '#ffffff' : '#1b1f24');

/** One step of a choropleth legend: its fill and the values it holds. */
export interface ChoroplethStep {
  step: number;
  fill: string;
  from: number;
  to: number;
}

/**
 * Cuts the areas' values into at most five steps of equal width between the smallest and the largest
 * (equal widths read plainly in a legend: "10 to 20"). Areas without a value have no step: they are
 * hatched and the table says "no figure".
 */
export function choroplethSteps(values: ReadonlyMap<string, number | null>, steps = CHOROPLETH_FILLS.length): { stepOf: Map<string, number>; legend: ChoroplethStep[] } {
  const known = [...values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const stepOf = new Map<string, number>();
  if (known.length === 0) return { stepOf, legend: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const count = max === min ? 1 : Math.min(steps, CHOROPLETH_FILLS.length);
  const width = (max - min) / count;
  // One step keeps the darkest fill so a single value still stands out from the hatched "no figure".
  const fillOf = (s: number) => CHOROPLETH_FILLS[count === 1 ? CHOROPLETH_FILLS.length - 1 : Math.round((s * (CHOROPLETH_FILLS.length - 1)) / (count - 1))];
  for (const [key, v] of values) if (v !== null && Number.isFinite(v)) stepOf.set(key, count === 1 ? 0 : Math.min(count - 1, Math.floor((v - min) / width)));
  const legend = Array.from({ length: count }, (_, s) => ({ step: s, fill: fillOf(s), from: min + s * width, to: s === count - 1 ? max : min + (s + 1) * width }));
  return { stepOf, legend };
}
