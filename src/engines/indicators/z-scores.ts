import type { IndicatorDefinition, IndicatorObservation } from './types.ts';

/**
 * Standardises each indicator across the compared areas: z = (x − mean) / standard deviation, over
 * the areas that have a value, with the sign turned so that higher always means better. The standard
 * deviation is the population one (the areas compared are all there is, not a sample). When every
 * area has the same value (or only one has any), the indicator tells the areas nothing apart: z = 0.
 * Returns indicator code → area → signed z.
 */
export function signedZScores(indicators: IndicatorDefinition[], observations: IndicatorObservation[]): Map<string, Map<string, number>> {
  const byIndicator = new Map<string, Map<string, number>>(indicators.map((i) => [i.code, new Map()]));
  for (const o of observations) {
    const values = byIndicator.get(o.indicator);
    if (!values) throw new RangeError(`Unknown indicator "${o.indicator}" (area ${o.area})`);
    if (!Number.isFinite(o.value)) throw new RangeError(`Value of ${o.indicator} in ${o.area} is not a finite number`);
    if (values.has(o.area)) throw new RangeError(`Two values of ${o.indicator} for ${o.area}`);
    values.set(o.area, o.value);
  }
  const scores = new Map<string, Map<string, number>>();
  for (const indicator of indicators) {
    const values = byIndicator.get(indicator.code)!;
    const n = values.size;
    const mean = [...values.values()].reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt([...values.values()].reduce((a, v) => a + (v - mean) ** 2, 0) / n);
    const sign = indicator.polarity === 'higher-better' ? 1 : -1;
    // A spread lost in rounding noise (identical values read from CSV) counts as no spread at all.
    const flat = !(sd > 1e-12 * Math.max(1, Math.abs(mean)));
    scores.set(indicator.code, new Map([...values].map(([area, v]) => [area, flat ? 0 : (sign * (v - mean)) / sd])));
  }
  return scores;
}
