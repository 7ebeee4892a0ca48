/**
 * Exact samplers for the discrete Laplace (two-sided geometric) distribution, after Canonne, Kamath
 * and Steinke, "The Discrete Gaussian for Differential Privacy" (2020), algorithms 1 and 2. Every
 * step compares uniform integers: no floating-point uniform, logarithm or exponential, whose rounding
 * leaks the secret value through the noise's low bits (Mironov 2012). All quantities are integers
 * kept below 2^53, where JavaScript numbers are exact; anything larger is refused.
 */
import type { RandomSource } from './random-source.ts';

/** Largest numerator or denominator accepted, so that products formed while sampling stay below 2^53. */
export const MAX_SCALE_TERM = 2 ** 40;

/** True with probability num/den exactly (0 <= num <= den). */
export function bernoulli(num: number, den: number, random: RandomSource): boolean {
  return random.below(den) < num;
}

/** True with probability exp(-num/den) exactly, for integers num >= 0 and den >= 1. */
export function bernoulliExpNeg(num: number, den: number, random: RandomSource): boolean {
  // exp(-γ) = exp(-1)^⌊γ⌋ · exp(-(γ - ⌊γ⌋)): one coin per whole unit, then one for the rest.
  while (num > den) {
    if (!bernoulliExpNegUpToOne(1, 1, random)) return false;
    num -= den;
  }
  return bernoulliExpNegUpToOne(num, den, random);
}

// For γ = num/den in [0, 1]: draw Bernoulli(γ/k) for k = 1, 2, ... until one fails; the first failure
// comes at an odd k with probability Σ (-γ)^j / j! = exp(-γ).
function bernoulliExpNegUpToOne(num: number, den: number, random: RandomSource): boolean {
  if (num === 0) return true;
  let k = 1;
  while (bernoulli(num, den * k, random)) k++;
  return k % 2 === 1;
}

/**
 * One draw of the discrete Laplace distribution of scale t/s: P(z) ∝ exp(-|z|·s/t) on all integers.
 * Adding it to a value of sensitivity Δ with t/s = Δ/ε gives ε-differential privacy.
 */
export function sampleDiscreteLaplace(s: number, t: number, random: RandomSource): number {
  if (!isTerm(s) || !isTerm(t)) throw new RangeError(`discrete Laplace needs integers 1 <= s, t <= 2^40 (got s=${s}, t=${t})`);
  for (;;) {
    // X = U + t·V is geometric with ratio exp(-1/t): U uniform below t, kept with probability exp(-U/t),
    // and V counts successes of Bernoulli(exp(-1)) before the first failure.
    const u = random.below(t);
    if (!bernoulliExpNeg(u, t, random)) continue;
    let v = 0;
    while (bernoulliExpNeg(1, 1, random)) v++;
    // u + t·v stays below 2^53 (t <= 2^40; v > 2^12 has probability e^-4096) and division is correctly
    // rounded, so this floor is exact: a quotient 1/s below an integer k rounds up to k only if s·k > 2^53.
    const magnitude = Math.floor((u + t * v) / s);
    const negative = random.below(2) === 1;
    // Zero would come out twice (as +0 and -0): drop one of them to keep the two sides symmetric.
    if (negative && magnitude === 0) continue;
    return negative ? -magnitude : magnitude;
  }
}

function isTerm(x: number): boolean {
  return Number.isInteger(x) && x >= 1 && x <= MAX_SCALE_TERM;
}
