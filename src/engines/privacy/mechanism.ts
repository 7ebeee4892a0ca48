import { sampleDiscreteLaplace } from './discrete-laplace.ts';
import type { Rational } from './epsilon.ts';
import type { RandomSource } from './random-source.ts';

/** What the discrete Laplace mechanism needs: ε, and how much one person can change the value. */
export interface LaplaceNoise {
  epsilon: Rational;
  /** L1 sensitivity: the most one person's data can move the released values in total (a positive integer). */
  sensitivity: number;
  random: RandomSource;
}

/**
 * Adds discrete Laplace noise of scale sensitivity/ε to an integer count or sum (ε-differential
 * privacy for that value). Integer in, integer out: the scale is the exact fraction
 * sensitivity·den/num, so no rounding touches the noise.
 */
export function addLaplaceNoise(value: number, noise: LaplaceNoise): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`only integer counts and sums can be noised, got ${value}`);
  if (!Number.isSafeInteger(noise.sensitivity) || noise.sensitivity < 1) throw new RangeError(`sensitivity must be a positive integer, got ${noise.sensitivity}`);
  const { num, den } = noise.epsilon;
  return value + Number(sampleDiscreteLaplace(num, BigInt(noise.sensitivity) * den, noise.random));
}

/** Brings a noised value back into [min, max]; post-processing, so it costs no privacy. */
export function clampNoised(value: number, min = 0, max = Number.POSITIVE_INFINITY): number {
  return Math.min(max, Math.max(min, value));
}
