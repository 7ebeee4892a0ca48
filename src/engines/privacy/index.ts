// Public API of the privacy engine (pure: no I/O). Modules publish through platform/statistics, not from here.
export { SMALL_COUNT_THRESHOLD } from './small-counts.ts';
export { epsilon, formatEpsilon, parseEpsilon, Rational } from './epsilon.ts';
export { cryptoRandomSource, randomSourceFromWords, type RandomSource } from './random-source.ts';
export { addLaplaceNoise, clampNoised, laplaceScale, type LaplaceNoise } from './mechanism.ts';
export { releaseTable, type PublishedTable, type PublishedValue, type TableReleaseOptions } from './release-table.ts';
