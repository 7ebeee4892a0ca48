/** A CSV file that cannot be split into records (an unterminated quoted field), with the line it starts on. */
export class CsvRecordError extends Error {
  constructor(readonly line: number) {
    super(`line ${line}: unterminated quoted field`);
  }
}

/** One CSV record and the (1-based) line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Splits RFC 4180 CSV text into records, one at a time: quoted fields may hold commas, doubled quotes
 * and line breaks; LF or CRLF line ends; a leading byte-order mark is dropped; blank lines are skipped.
 * Lines without a quote (nearly all of an indicator file) take a fast path: one split.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const raw = text.charCodeAt(end - 1) === 13 ? text.slice(i, end - 1) : text.slice(i, end);
    if (!raw.includes('"')) {
      if (raw.trim() !== '') yield { line, fields: raw.split(',') };
      i = end + 1;
      line += 1;
      continue;
    }
    const quoted = readQuotedRecord(text, i, line);
    yield { line, fields: quoted.fields };
    i = quoted.next;
    line = quoted.nextLine;
  }
}

// The slow path: a record with quotes, which may run over several lines.
function readQuotedRecord(text: string, start: number, line: number): { fields: string[]; next: number; nextLine: number } {
  const fields: string[] = [];
  let field = '';
  let i = start;
  let current = line;
  for (;;) {
    if (text[i] === '"' && field === '') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) throw new CsvRecordError(line);
        const ch = text[j];
        if (ch === '"') {
          if (text[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          j += 1;
          break;
        }
        if (ch === '\n') current += 1;
        field += ch;
        j += 1;
      }
      i = j;
    }
    const ch = i < text.length ? text[i] : '\n';
    if (ch === ',') {
      fields.push(field);
      field = '';
      i += 1;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      fields.push(field);
      const next = ch === '\r' ? i + 2 : i + 1;
      return { fields, next, nextLine: current + 1 };
    } else {
      field += ch;
      i += 1;
    }
  }
}
