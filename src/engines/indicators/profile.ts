import { dimensions, indicatorKinds, type Dimension, type IndicatorDefinition, type IndicatorKind, type IndicatorObservation } from './types.ts';
import { signedZScores } from './z-scores.ts';

/** Share of a dimension's indicators an area needs before its dimension score is shown (Giffinger et al. 2007). */
export const MINIMUM_COVERAGE = 0.75;

/** A dimension's score for one kind of indicator: null when the area has too few of them. */
export interface KindScore {
  score: number | null;
  /** Indicators of this dimension and kind with a value in the area, over those in the catalogue (0 when there are none). */
  coverage: number;
}

/** One dimension of one area: objective and perceived side by side, never merged. */
export interface DimensionScore {
  dimension: Dimension;
  objective: KindScore;
  perceived: KindScore;
  /** Coverage over both kinds together. */
  coverage: number;
}

/** A factor's score in one area (mean of its indicators' signed z present there). */
export interface FactorScore {
  dimension: Dimension;
  factor: string;
  kind: IndicatorKind;
  score: number;
}

/** One area's profile on the six dimensions. */
export interface AreaProfile {
  area: string;
  dimensions: DimensionScore[];
  factors: FactorScore[];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Giffinger's method: z-transform each indicator across the compared areas (sign by polarity), take
 * the mean of the indicators present per factor, then the mean of the factors present per dimension;
 * a dimension is shown only where the area has at least 75 % of its indicators. Objective and
 * perceived indicators are aggregated separately.
 */
export function giffingerProfiles(indicators: IndicatorDefinition[], observations: IndicatorObservation[], areas: string[], minimumCoverage = MINIMUM_COVERAGE): AreaProfile[] {
  const compared = new Set(areas);
  const z = signedZScores(indicators, observations.filter((o) => compared.has(o.area)));
  return areas.map((area) => {
    const factors: FactorScore[] = [];
    const scores = dimensions.map((dimension) => {
      const byKind = {} as Record<IndicatorKind, KindScore>;
      let present = 0;
      let catalogued = 0;
      for (const kind of indicatorKinds) {
        const own = indicators.filter((i) => i.dimension === dimension && i.kind === kind);
        const byFactor = new Map<string, number[]>();
        for (const indicator of own) {
          const value = z.get(indicator.code)!.get(area);
          if (value === undefined) continue;
          byFactor.set(indicator.factor, [...(byFactor.get(indicator.factor) ?? []), value]);
        }
        const factorScores = [...byFactor].map(([factor, values]) => ({ dimension, factor, kind, score: mean(values) }));
        factors.push(...factorScores);
        const have = [...byFactor.values()].reduce((a, v) => a + v.length, 0);
        const coverage = own.length ? have / own.length : 0;
        byKind[kind] = { score: own.length && coverage >= minimumCoverage ? mean(factorScores.map((f) => f.score)) : null, coverage };
        present += have;
        catalogued += own.length;
      }
      return { dimension, ...byKind, coverage: catalogued ? present / catalogued : 0 };
    });
    return { area, dimensions: scores, factors };
  });
}
