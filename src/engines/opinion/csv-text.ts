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

/**
 * Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF
 * line ends; a leading byte-order mark is dropped; blank lines are skipped.
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let recordLine = 1;
  let blank = true;
  const endRecord = () => {
    if (!(blank && fields.length === 0 && field === '')) records.push({ line: recordLine, fields: [...fields, field] });
    fields = [];
    field = '';
    blank = true;
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      const quoteLine = line;
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= text.length) throw new PolisExportError([{ file, line: quoteLine, message: 'unterminated quoted field' }]);
        const c = text[j];
        if (c === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          j++;
          break;
        }
        if (c === '\n') line++;
        value += c;
        j++;
      }
      field = value;
      blank = false;
      i = j;
      if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        throw new PolisExportError([{ file, line, message: 'unexpected character after a closing quote' }]);
      }
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      blank = false;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      recordLine = line;
    } else {
      field += ch;
      blank = false;
    }
    i++;
  }
  endRecord();
  return records;
}

/** Quotes a field when it holds a comma, a quote or a line break. */
function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats rows as CSV text with LF line ends and a final newline. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\n') + '\n';
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
