/** Row types of the indicators module's tables (migration 020_indicators), added to the app's Database type. */
import type { Dimension, IndicatorKind, Polarity } from '../../engines/indicators/index.ts';

/** One indicator of the catalogue. */
export interface IndicatorTable {
  code: string;
  name_fr: string;
  name_en: string;
  dimension: Dimension;
  factor: string;
  unit: string;
  polarity: Polarity;
  kind: IndicatorKind;
  source: string;
  method_fr: string;
  method_en: string;
  /** ISO 37120:2018 theme and indicator, '' when none. */
  iso37120: string;
  /** SDG 11 indicator number (e.g. 11.6.2), '' when none. */
  sdg: string;
  position: number;
  created_at: string;
}

/** One value of an indicator for an area ('city' or a neighbourhood slug) and a period. */
export interface IndicatorValueTable {
  indicator_code: string;
  area: string;
  period: string;
  value: number;
  /** How many observations the value rests on (answers of a survey, for perceived values); null when not stated. */
  n: number | null;
  /** Where this value comes from; '' means the indicator's own source. */
  source: string;
  updated_at: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    indicator: IndicatorTable;
    indicator_value: IndicatorValueTable;
  }
}
