/**
 * Exact samplers for the discrete Laplace (two-sided geometric) distribution, after Canonne, Kamath
 * and Steinke, "The Discrete Gaussian for Differential Privacy" (2020), algorithms 1 and 2. Every
 * step is a comparison of uniform integers: no floating point, whose rounding leaks the secret value
 * through the noise's low bits (Mironov 2012).
 */
import type { RandomSource } from './random-source.ts';

/** True with probability num/den exactly (0 <= num <= den). */
export function bernoulli(num: bigint, den: bigint, random: RandomSource): boolean {
  return random.below(den) < num;
}

/** True with probability exp(-num/den) exactly, for num >= 0 and den >= 1. */
export function bernoulliExpNeg(num: bigint, den: bigint, random: RandomSource): boolean {
  // exp(-γ) = exp(-1)^⌊γ⌋ · exp(-(γ - ⌊γ⌋)): one coin per whole unit, then one for the rest.
  while (num > den) {
    if (!bernoulliExpNegUpToOne(1n, 1n, random)) return false;
    num -= den;
  }
  return bernoulliExpNegUpToOne(num, den, random);
}

// For γ = num/den in [0, 1]: draw Bernoulli(γ/k) for k = 1, 2, ... until one fails; the first failure
// comes at an odd k with probability Σ (-γ)^j / j! = exp(-γ).
function bernoulliExpNegUpToOne(num: bigint, den: bigint, random: RandomSource): boolean {
  if (num === 0n) return true;
  let k = 1n;
  while (bernoulli(num, den * k, random)) k++;
  return k % 2n === 1n;
}

/**
 * One draw of the discrete Laplace distribution of scale t/s: P(z) ∝ exp(-|z|·s/t) on all integers.
 * Adding it to a value of sensitivity Δ with t/s = Δ/ε gives ε-differential privacy.
 */
export function sampleDiscreteLaplace(s: bigint, t: bigint, random: RandomSource): bigint {
  if (s < 1n || t < 1n) throw new RangeError(`discrete Laplace needs s, t >= 1 (got s=${s}, t=${t})`);
  for (;;) {
    // X = U + t·V is geometric with ratio exp(-1/t): U uniform below t, kept with probability exp(-U/t),
    // and V counts successes of Bernoulli(exp(-1)) before the first failure.
    const u = random.below(t);
    if (!bernoulliExpNeg(u, t, random)) continue;
    let v = 0n;
    while (bernoulliExpNeg(1n, 1n, random)) v++;
    const magnitude = (u + t * v) / s;
    const negative = random.below(2n) === 1n;
    // Zero would come out twice (as +0 and -0): drop one of them to keep the two sides symmetric.
    if (negative && magnitude === 0n) continue;
    return negative ? -magnitude : magnitude;
  }
}
