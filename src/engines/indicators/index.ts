// Public API of the indicators engine (pure: no I/O): Giffinger's six-dimension profile of areas.
export { dimensions, indicatorKinds, type Dimension, type IndicatorDefinition, type IndicatorKind, type IndicatorObservation, type Polarity } from './types.ts';
export { signedZScores } from './z-scores.ts';
export { giffingerProfiles, MINIMUM_COVERAGE, type AreaProfile, type DimensionScore, type FactorScore, type KindScore } from './profile.ts';
