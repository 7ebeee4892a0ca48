// One CSV record as offsets into the bytes it came from; strings are made only when asked for.

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The UTF-8 text of bytes[start, end); short ASCII runs (ids, numbers, votes) skip the decoder. */
export function decodeRange(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= 24) {
    let s = '';
    for (let i = start; i < end; i++) {
      if (bytes[i] >= 0x80) return utf8.decode(bytes.subarray(start, end));
      s += String.fromCharCode(bytes[i]);
    }
    return s;
  }
  return utf8.decode(bytes.subarray(start, end));
}

/**
 * A record handed out by CsvTokenizer. Field f is bytes[start(f), end(f)), quotes already stripped;
 * a quoted field that held doubled quotes still holds them in the bytes (`text` undoes them).
 * The row and its bytes are reused for the next record: copy what must outlive the callback.
 */
export class CsvRow {
  bytes: Uint8Array = new Uint8Array(0);
  count = 0;
  /** 1-based line where the record starts. */
  line = 1;
  /** True when any field was quoted. */
  quoted = false;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private escapes = new Uint8Array(16);

  /** Appends a field (tokenizer only). */
  addField(start: number, end: number, escaped: number): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const bigger = new (a.constructor as new (n: number) => T)(2 * a.length);
        bigger.set(a);
        return bigger;
      };
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.escapes = grow(this.escapes);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.escapes[this.count++] = escaped;
  }

  /** Empties the row for the record starting on `line` (tokenizer only). */
  reset(line: number): void {
    this.count = 0;
    this.line = line;
    this.quoted = false;
  }

  /** Moves every offset back by `by` bytes, when the record is copied elsewhere (tokenizer only). */
  shift(by: number): void {
    for (let f = 0; f < this.count; f++) {
      this.starts[f] -= by;
      this.ends[f] -= by;
    }
  }

  /** A copy that outlives the callback: its own bytes and offsets. */
  copy(): CsvRow {
    const copy = new CsvRow();
    const from = this.count > 0 ? this.starts[0] : 0;
    const to = this.count > 0 ? this.ends[this.count - 1] : 0;
    copy.bytes = this.bytes.slice(from, to);
    for (let f = 0; f < this.count; f++) copy.addField(this.starts[f] - from, this.ends[f] - from, this.escapes[f]);
    copy.line = this.line;
    copy.quoted = this.quoted;
    return copy;
  }

  start(f: number): number {
    return this.starts[f];
  }
  end(f: number): number {
    return this.ends[f];
  }
  /** True when field f was quoted with doubled quotes inside, so its bytes are not its text. */
  escaped(f: number): boolean {
    return this.escapes[f] === 1;
  }
  isEmpty(f: number): boolean {
    return this.ends[f] === this.starts[f];
  }

  /** A line with nothing on it (one empty, unquoted field). */
  isEmptyLine(): boolean {
    return this.count === 1 && !this.quoted && this.ends[0] === this.starts[0];
  }

  /** The text of field f (UTF-8, doubled quotes undone). */
  text(f: number): string {
    const decoded = decodeRange(this.bytes, this.starts[f], this.ends[f]);
    return this.escapes[f] === 1 ? decoded.replaceAll('""', '"') : decoded;
  }

  /** Every field as text. */
  texts(): string[] {
    const out = new Array<string>(this.count);
    for (let f = 0; f < this.count; f++) out[f] = this.text(f);
    return out;
  }

  /** The field as a vote: 1, −1 or 0 written exactly so; NaN otherwise. */
  vote(f: number): number {
    const start = this.starts[f];
    const length = this.ends[f] - start;
    const b = this.bytes;
    if (length === 1) return b[start] === 0x31 ? 1 : b[start] === 0x30 ? 0 : NaN;
    return length === 2 && b[start] === 0x2d && b[start + 1] === 0x31 ? -1 : NaN;
  }

  /** The field as `Number(text)` would read it, without making the string for plain digits. */
  number(f: number): number {
    const start = this.starts[f];
    const end = this.ends[f];
    const b = this.bytes;
    if (end > start && end - start <= 15) {
      let value = 0;
      let i = start;
      for (; i < end; i++) {
        const d = b[i] - 0x30;
        if (d < 0 || d > 9) break;
        value = value * 10 + d;
      }
      if (i === end) return value; // at most 15 digits: exact in a double
    }
    return Number(this.text(f));
  }
}
