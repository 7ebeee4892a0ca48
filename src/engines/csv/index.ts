// Public surface of the CSV engine: one byte-level tokenizer for every delimited format cocity reads.
import { CsvTokenizer } from './tokenizer.ts';
import type { CsvRow } from './row.ts';

export { CsvTokenizer, CsvSyntaxError } from './tokenizer.ts';
export { CsvRow, decodeRange } from './row.ts';
export { IdTable } from './id-table.ts';

const encoder = new TextEncoder();

/** The UTF-8 bytes of text (bytes are passed through), for readers that take either. */
export function toBytes(input: string | Uint8Array): Uint8Array {
  return typeof input === 'string' ? encoder.encode(input) : input;
}

/** Tokenizes a whole text or byte array in one go. */
export function tokenizeAll(input: string | Uint8Array, separator: string, onRecord: (row: CsvRow) => void): void {
  const tokenizer = new CsvTokenizer(separator.charCodeAt(0), onRecord);
  tokenizer.push(toBytes(input));
  tokenizer.end();
}
