// Byte-level, streaming CSV tokenizer shared by the Pol.is (`,`) and Pabulib (`;`) readers.
import { CsvRow } from './row.ts';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf];

/** A syntax error in CSV text: an unterminated quoted field, or text after a closing quote. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly kind: 'unterminated-quote' | 'text-after-quote',
  ) {
    super(`line ${line}: ${kind === 'unterminated-quote' ? 'unterminated quoted field' : 'unexpected character after a closing quote'}`);
    this.name = 'CsvSyntaxError';
  }
}

// Where the scan stands inside the record in progress.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;

/**
 * Splits bytes into records as they arrive: quoted fields may hold separators, doubled quotes and
 * line breaks (a quote is special only at the start of a field); LF, CRLF or a lone CR end a line;
 * a leading UTF-8 byte-order mark is dropped. Each record, blank lines included, goes to `onRecord`
 * as offsets into the bytes (no string is made unless the reader asks). Chunks may split anywhere.
 */
export class CsvTokenizer {
  private readonly row = new CsvRow();
  private carry = new Uint8Array(0);
  private carryLength = 0;
  private resumeAt = 0; // scan position inside the carried record
  private state = FIELD_START;
  private fieldStart = 0;
  private quoteLine = 0;
  private escaped = 0;
  private line = 1;
  private skipLf = false;
  private bomChecked = false;

  constructor(
    private readonly separator: number,
    private readonly onRecord: (row: CsvRow) => void,
  ) {}

  /** Tokenizes the next chunk; the chunk is only read, and may be reused by the caller afterwards. */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    if (this.carryLength === 0 && (this.bomChecked || chunk.length >= 3)) {
      const bom = !this.bomChecked && BOM.every((b, i) => b === chunk[i]);
      this.bomChecked = true;
      this.scan(chunk, bom ? 3 : 0, chunk.length, false);
      return;
    }
    this.append(chunk);
    if (!this.bomChecked) {
      if (this.carryLength < 3 && BOM.slice(0, this.carryLength).every((b, i) => b === this.carry[i])) return;
      this.bomChecked = true;
      if (BOM.every((b, i) => b === this.carry[i])) this.dropCarried(3);
    }
    this.scan(this.carry, this.resumeAt, this.carryLength, false);
  }

  /** Ends the input: emits the last record, or throws CsvSyntaxError for an unterminated quoted field. */
  end(): void {
    if (!this.bomChecked) {
      this.bomChecked = true;
      if (this.carryLength === 3 && BOM.every((b, i) => b === this.carry[i])) this.dropCarried(3);
    }
    this.scan(this.carry, this.resumeAt, this.carryLength, true);
    this.carryLength = 0;
  }

  private append(chunk: Uint8Array): void {
    const needed = this.carryLength + chunk.length;
    if (needed > this.carry.length) {
      // Doubling keeps a record longer than many chunks linear to copy.
      const grown = new Uint8Array(Math.max(needed, 2 * this.carry.length, 4096));
      grown.set(this.carry.subarray(0, this.carryLength));
      this.carry = grown;
    }
    this.carry.set(chunk, this.carryLength);
    this.carryLength = needed;
  }

  private dropCarried(count: number): void {
    this.carry.copyWithin(0, count, this.carryLength);
    this.carryLength -= count;
  }

  /** Scans bytes[from, end); keeps an unfinished record for the next chunk unless `final`. */
  private scan(bytes: Uint8Array, from: number, end: number, final: boolean): void {
    const sep = this.separator;
    const row = this.row;
    row.bytes = bytes;
    let i = from;
    let recordStart = from - this.resumeAt;
    if (this.skipLf && i < end) {
      this.skipLf = false;
      if (bytes[i] === LF && this.state === FIELD_START && row.count === 0) {
        i++;
        recordStart = i;
      }
    }
    let state = this.state;
    let fieldStart = this.fieldStart + recordStart;
    for (;;) {
      if (state === FIELD_START) {
        if (i >= end) break;
        if (bytes[i] === QUOTE) {
          state = QUOTED;
          this.quoteLine = this.line;
          this.escaped = 0;
          fieldStart = ++i;
          row.quoted = true;
        } else {
          state = UNQUOTED;
          fieldStart = i;
        }
      }
      let c = 0;
      if (state === UNQUOTED) {
        while (i < end) {
          c = bytes[i];
          if (c === sep || c === LF || c === CR) break;
          i++;
        }
        if (i >= end) break;
        row.addField(fieldStart, i, 0);
      } else if (state === QUOTED) {
        while (i < end) {
          c = bytes[i];
          if (c === QUOTE) break;
          if (c === LF) this.line++;
          i++;
        }
        if (i + 1 >= end) break; // the quote may start a doubled quote in the next chunk
        if (bytes[i + 1] === QUOTE) {
          this.escaped = 1;
          i += 2;
          continue;
        }
        row.addField(fieldStart, i, this.escaped);
        i++;
        state = AFTER_QUOTE;
        continue;
      } else {
        if (i >= end) break;
        c = bytes[i];
        if (c !== sep && c !== LF && c !== CR) throw new CsvSyntaxError(this.line, 'text-after-quote');
      }
      // c ends the field: a separator starts the next one, a line break ends the record.
      i++;
      state = FIELD_START;
      if (c === sep) continue;
      if (c === CR) {
        if (i < end) {
          if (bytes[i] === LF) i++;
        } else if (!final) this.skipLf = true;
      }
      this.emit();
      recordStart = i;
    }
    if (final) {
      this.finish(bytes, state, fieldStart, i, end);
      return;
    }
    this.keepUnfinished(bytes, recordStart, end, state, fieldStart, i);
  }

  private emit(): void {
    this.onRecord(this.row);
    this.row.reset(this.line + 1);
    this.line++;
  }

  private finish(bytes: Uint8Array, state: number, fieldStart: number, i: number, end: number): void {
    const row = this.row;
    if (state === QUOTED) {
      // A last quote closes the field; anything else leaves it open.
      if (i === end - 1 && bytes[i] === QUOTE) row.addField(fieldStart, i, this.escaped);
      else throw new CsvSyntaxError(this.quoteLine, 'unterminated-quote');
    } else if (state === UNQUOTED) row.addField(fieldStart, end, 0);
    else if (state === FIELD_START && row.count > 0) row.addField(end, end, 0); // the text ended on a separator
    if (row.count > 0) this.emit();
    this.state = FIELD_START;
    this.resumeAt = 0;
  }

  /** Moves the record in progress to the start of the carry buffer, offsets rebased. */
  private keepUnfinished(bytes: Uint8Array, recordStart: number, end: number, state: number, fieldStart: number, i: number): void {
    const row = this.row;
    row.shift(recordStart);
    if (bytes === this.carry) {
      this.carry.copyWithin(0, recordStart, end);
      this.carryLength = end - recordStart;
    } else {
      this.carryLength = 0;
      this.append(bytes.subarray(recordStart, end));
    }
    row.bytes = this.carry;
    this.state = state;
    this.fieldStart = fieldStart - recordStart;
    this.resumeAt = i - recordStart;
  }
}
