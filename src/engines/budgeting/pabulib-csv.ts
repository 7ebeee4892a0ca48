// Pabulib's error type and field syntax (records are split by the shared tokenizer in src/engines/csv).

/** A malformed Pabulib file; `line` is 1-based and names where the problem is. */
export class PabulibError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'PabulibError';
  }
}

/** Quotes a field when it holds a separator, a quote or a line break, so it reads back identically. */
export function quoteField(value: string): string {
  if (/[;"\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/**
 * Parses a decimal number such as `4000`, `4000.0` or `12.5`; returns undefined when it is not one,
 * or when it is too large for a double (more than 308 digits would read as Infinity).
 */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}
