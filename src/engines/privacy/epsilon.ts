/**
 * The privacy parameter ε as an exact fraction. It is given as text — an integer ("1"), a decimal
 * ("0.5", "2.25") or a fraction ("1/3") — and kept as numerator/denominator so that a dataset's spent
 * budget is a sum of fractions with no rounding (three releases of 1/3 spend exactly 1). Up to six
 * digits on each side keep numerator and denominator below 2^53, so the ledger stores them as integers.
 */
import { Rational } from '../budgeting/rational.ts';

export { Rational };

const DECIMAL = /^(\d{1,6})(?:\.(\d{1,6}))?$/;
const FRACTION = /^(\d{1,6})\/(\d{1,6})$/;

/** Reads ε from text; returns null for anything that is not a positive number in one of the three forms. */
export function parseEpsilon(text: string): Rational | null {
  const trimmed = text.trim();
  const fraction = FRACTION.exec(trimmed);
  let value: Rational;
  if (fraction) {
    if (BigInt(fraction[2]) === 0n) return null;
    value = Rational.of(BigInt(fraction[1]), BigInt(fraction[2]));
  } else {
    const decimal = DECIMAL.exec(trimmed);
    if (!decimal) return null;
    const digits = decimal[2] ?? '';
    value = Rational.of(BigInt(decimal[1] + digits), 10n ** BigInt(digits.length));
  }
  return value.isZero() ? null : value;
}

/** Reads ε from text, throwing a RangeError that quotes the text when it is not valid (for defaults in code). */
export function epsilon(text: string): Rational {
  const value = parseEpsilon(text);
  if (!value) throw new RangeError(`ε must be a positive number such as "1", "0.5" or "1/3", got "${text}"`);
  return value;
}

/** Writes ε back as text: a decimal when it has a short exact one ("0.25"), else a fraction ("1/3"). */
export function formatEpsilon(value: Rational): string {
  if (value.den === 1n) return value.num.toString();
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) (den /= 2n), twos++;
  while (den % 5n === 0n) (den /= 5n), fives++;
  const places = Math.max(twos, fives);
  if (den !== 1n || places > 6) return `${value.num}/${value.den}`;
  const scaled = (value.num * 10n ** BigInt(places)) / value.den;
  const text = scaled.toString().padStart(places + 1, '0');
  return `${text.slice(0, -places)}.${text.slice(-places)}`;
}
