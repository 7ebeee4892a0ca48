// The simplest correct tokenizer, character by character on a string: what the byte-level one is checked against.

/** A record as the reference sees it: its fields, start line, and whether any field was quoted. */
export interface ReferenceRecord {
  line: number;
  fields: string[];
  quoted: boolean;
}

/** The reference's syntax error, with the same line rules as CsvSyntaxError. */
export class ReferenceSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly kind: 'unterminated-quote' | 'text-after-quote',
  ) {
    super(`line ${line}: ${kind}`);
  }
}

/** Splits text into records (blank lines included) with the rules documented on CsvTokenizer. */
export function referenceRecords(text: string, separator: string): ReferenceRecord[] {
  const records: ReferenceRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let current: ReferenceRecord = { line, fields: [], quoted: false };
  let field = '';
  let atFieldStart = true;
  let open = false; // a record has started on this line
  const endRecord = () => {
    current.fields.push(field);
    records.push(current);
    field = '';
    atFieldStart = true;
    open = false;
    current = { line: ++line, fields: [], quoted: false };
  };
  while (i < text.length) {
    const ch = text[i];
    open = true;
    if (ch === '"' && atFieldStart) {
      const quoteLine = line;
      current.quoted = true;
      i++;
      for (;;) {
        if (i >= text.length) throw new ReferenceSyntaxError(quoteLine, 'unterminated-quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === '\n') line++;
        field += text[i++];
      }
      atFieldStart = false;
      if (i < text.length && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') throw new ReferenceSyntaxError(line, 'text-after-quote');
      continue;
    }
    if (ch === separator) {
      current.fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      atFieldStart = false;
    }
    i++;
  }
  if (open) endRecord();
  return records;
}
