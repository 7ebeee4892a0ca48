/** Rules shared by the CSV import, the hand-entry form and the API: what a period, a value and a count look like. */

/** A period: a year (2025), a quarter (2025-Q2) or a month (2025-06). */
export const PERIOD_PATTERN = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

// Plain decimal numbers only ("12.5", "-3", "1e3"): no thousands separators, no decimal comma, no hex.
const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Reads a value: a finite decimal number with a point, or null. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER_PATTERN.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Reads a count of observations: undefined when not stated (''), the whole number ≥ 0, or null when invalid. */
export function readCount(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** The longest source text kept with a value. */
export const MAX_SOURCE_LENGTH = 300;
