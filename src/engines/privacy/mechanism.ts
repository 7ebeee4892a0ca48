import { MAX_SCALE_TERM, sampleDiscreteLaplace } from './discrete-laplace.ts';
import type { Rational } from './epsilon.ts';
import type { RandomSource } from './random-source.ts';

/** What the discrete Laplace mechanism needs: ε, and how much one person can change the value. */
export interface LaplaceNoise {
  epsilon: Rational;
  /** L1 sensitivity: the most one person's data can move the released values in total (a positive integer). */
  sensitivity: number;
  random: RandomSource;
}

/** The scale sensitivity/ε of the noise as the exact fraction t/s (ε = num/den gives t = sensitivity·den, s = num). */
export function laplaceScale(noise: Pick<LaplaceNoise, 'epsilon' | 'sensitivity'>): { s: number; t: number } {
  if (!Number.isSafeInteger(noise.sensitivity) || noise.sensitivity < 1) throw new RangeError(`sensitivity must be a positive integer, got ${noise.sensitivity}`);
  const t = BigInt(noise.sensitivity) * noise.epsilon.den;
  const s = noise.epsilon.num;
  if (t > BigInt(MAX_SCALE_TERM) || s > BigInt(MAX_SCALE_TERM)) throw new RangeError(`ε = ${s}/${noise.epsilon.den} with sensitivity ${noise.sensitivity} is too fine a fraction for exact sampling`);
  return { s: Number(s), t: Number(t) };
}

/**
 * Adds discrete Laplace noise of scale sensitivity/ε to an integer count or sum (ε-differential
 * privacy for that value). Integer in, integer out: the scale is an exact fraction, so no rounding
 * touches the noise.
 */
export function addLaplaceNoise(value: number, scale: { s: number; t: number }, random: RandomSource): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`only integer counts and sums can be noised, got ${value}`);
  return value + sampleDiscreteLaplace(scale.s, scale.t, random);
}

/** Brings a noised value back into [min, max]; post-processing, so it costs no privacy. */
export function clampNoised(value: number, min = 0, max = Number.POSITIVE_INFINITY): number {
  return Math.min(max, Math.max(min, value));
}
