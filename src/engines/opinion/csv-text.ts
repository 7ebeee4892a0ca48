import { CsvSyntaxError, CsvTokenizer, toBytes, type CsvRow } from '../csv/index.ts';

/** A problem in an export file, located by file name and 1-based line. */
export interface ExportIssue {
  file: string;
  line: number;
  message: string;
}

/** Thrown when an export file cannot be read; lists every bad row found. */
export class PolisExportError extends Error {
  constructor(readonly issues: ExportIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `${i.file}:${i.line}: ${i.message}`);
    if (issues.length > 10) shown.push(`… and ${issues.length - 10} more`);
    super(shown.join('\n'));
    this.name = 'PolisExportError';
  }
}

/** One CSV record and the line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The export error for a CSV syntax error found by the tokenizer. */
function exportSyntaxError(error: CsvSyntaxError, file: string): PolisExportError {
  const message = error.kind === 'unterminated-quote' ? 'unterminated quoted field' : 'unexpected character after a closing quote';
  return new PolisExportError([{ file, line: error.line, message }]);
}

/** The tokenizer for one export file, fed in chunks; its syntax errors become export errors for `file`. */
export class ExportTokenizer {
  private readonly tokenizer: CsvTokenizer;

  constructor(
    private readonly file: string,
    onRecord: (row: CsvRow) => void,
  ) {
    this.tokenizer = new CsvTokenizer(0x2c, onRecord);
  }

  /** Tokenizes the next chunk. */
  push(chunk: Uint8Array): void {
    try {
      this.tokenizer.push(chunk);
    } catch (error) {
      throw error instanceof CsvSyntaxError ? exportSyntaxError(error, this.file) : error;
    }
  }

  /** Ends the file (an unterminated quote is reported here). */
  end(): void {
    try {
      this.tokenizer.end();
    } catch (error) {
      throw error instanceof CsvSyntaxError ? exportSyntaxError(error, this.file) : error;
    }
  }
}

/** Runs the tokenizer over a whole text, turning its syntax errors into export errors for `file`. */
export function tokenizeExport(input: string | Uint8Array, file: string, onRecord: (row: CsvRow) => void): void {
  const tokenizer = new ExportTokenizer(file, onRecord);
  tokenizer.push(toBytes(input));
  tokenizer.end();
}

/**
 * Parses RFC 4180 CSV (text or UTF-8 bytes) into records of strings, blank lines skipped, with the
 * shared byte-level tokenizer (src/engines/csv): fine for small files such as comments.csv.
 */
export function parseCsv(input: string | Uint8Array, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  tokenizeExport(input, file, (row) => {
    if (!row.isEmptyLine()) records.push({ line: row.line, fields: row.texts() });
  });
  return records;
}

/** Finds the named columns in a header record; missing ones are reported against line 1 of the file. */
export function columnPositions<K extends string>(header: CsvRecord | undefined, names: readonly K[], file: string): Record<K, number> {
  if (!header) throw new PolisExportError([{ file, line: 1, message: 'the file is empty (no header)' }]);
  const positions = {} as Record<K, number>;
  const missing: string[] = [];
  for (const name of names) {
    const at = header.fields.indexOf(name);
    if (at < 0) missing.push(name);
    positions[name] = at;
  }
  if (missing.length > 0) throw new PolisExportError([{ file, line: header.line, message: `missing column(s): ${missing.join(', ')}` }]);
  return positions;
}
