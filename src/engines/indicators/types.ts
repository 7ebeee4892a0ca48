/** Giffinger's six dimensions of a smart city, in the order the paper and the profile pages use. */
export const dimensions = ['economy', 'people', 'governance', 'mobility', 'environment', 'living'] as const;
export type Dimension = (typeof dimensions)[number];

/** Whether a higher value of an indicator is better (green space per resident) or worse (PM2.5). */
export type Polarity = 'higher-better' | 'lower-better';

/** Measured by the city or a statistics office (objective), or as residents say they feel it (perceived). */
export type IndicatorKind = 'objective' | 'perceived';
export const indicatorKinds: readonly IndicatorKind[] = ['objective', 'perceived'];

/** What the method needs to know about an indicator of the catalogue. */
export interface IndicatorDefinition {
  code: string;
  dimension: Dimension;
  factor: string;
  polarity: Polarity;
  kind: IndicatorKind;
}

/** One indicator's value in one area (for the period being compared). */
export interface IndicatorObservation {
  indicator: string;
  area: string;
  value: number;
}
