// Record-level syntax of Pabulib files: `;`-separated fields with CSV quoting, CRLF or LF.

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

export interface CsvRecord {
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** True for a line with nothing on it but spaces (a quoted empty field `""` is not blank). */
  blank: boolean;
}

/**
 * Splits text into `;`-separated records, honouring quoted fields (which may hold `;`, `""` and newlines).
 */
export function splitRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // byte-order mark from spreadsheet exports
  // Positions of the next quote and carriage return, searched once and reused line after line.
  let nextQuote = -1;
  let nextCr = -1;
  while (i < n) {
    const start = line;
    // Fast path: most lines hold no quote, so a plain split gives the same fields.
    const newline = text.indexOf('\n', i);
    const end = newline < 0 ? n : newline;
    if (nextQuote < i) nextQuote = indexOrEnd(text, '"', i);
    if (nextCr < i) nextCr = indexOrEnd(text, '\r', i);
    const lineEnd = nextCr === end - 1 ? end - 1 : end;
    if (nextQuote >= end && nextCr >= lineEnd) {
      const raw = text.slice(i, lineEnd);
      const fields = raw.split(';');
      records.push({ fields, line: start, blank: fields.length === 1 && fields[0].trim() === '' });
      line++;
      i = end + 1;
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let quoted = false;
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const ch = text[i];
      // A quote is only special at the start of a field: real files contain names such as `Piknik "Rodzina"`.
      if (ch === '"' && atFieldStart) {
        quoted = true;
        i++;
        for (;;) {
          if (i >= n) throw new PabulibError(start, 'quoted field is not closed before the end of the file');
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        const after = text[i];
        if (i < n && after !== ';' && after !== '\n' && after !== '\r') {
          throw new PabulibError(line, 'unexpected text after a closing quote');
        }
        atFieldStart = false;
        continue;
      }
      if (ch === ';') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        fields.push(field);
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      field += ch;
      atFieldStart = false;
      i++;
    }
    records.push({ fields, line: start, blank: !quoted && fields.length === 1 && fields[0].trim() === '' });
  }
  return records;
}

/** Quotes a field when it holds a separator, a quote or a line break, so it reads back identically. */
export function quoteField(value: string): string {
  if (/[;"\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Parses a decimal number such as `4000`, `4000.0` or `12.5`; returns undefined when it is not one. */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at;
}
