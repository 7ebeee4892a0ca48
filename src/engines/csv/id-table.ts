import { decodeRange, type CsvRow } from './row.ts';

/** Integer ids below this are looked up in an array; larger ones (and other text) in a map. */
const DIRECT_LIMIT = 1 << 22;

/**
 * Dense indices for ids in first-seen order, read straight from CSV fields. Pol.is and Pabulib ids
 * are mostly small integers: those are found by number, without making a string for every field.
 */
export class IdTable {
  readonly ids: string[] = [];
  private byNumber = new Int32Array(1024).fill(-1);
  private readonly byText = new Map<string, number>();

  constructor(initial: Iterable<string> = []) {
    for (const id of initial) this.indexOfText(id);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The index of `id`, added at the end when new. */
  indexOfText(id: string): number {
    const n = canonicalInteger(id);
    return n >= 0 && n < DIRECT_LIMIT ? this.indexOfNumber(n, id) : this.indexOfString(id);
  }

  /** The index of the id in field f of the row, added at the end when new. */
  indexOfField(row: CsvRow, f: number): number {
    const n = row.escaped(f) ? -1 : canonicalIntegerOf(row.bytes, row.start(f), row.end(f));
    if (n >= 0 && n < this.byNumber.length) {
      const known = this.byNumber[n];
      if (known >= 0) return known; // the common case: an id seen before
    }
    return n >= 0 && n < DIRECT_LIMIT ? this.indexOfNumber(n) : this.indexOfString(row.text(f));
  }

  /** The index of `id`, or −1 when it is not in the table (nothing is added). */
  findText(id: string): number {
    const n = canonicalInteger(id);
    if (n >= 0 && n < DIRECT_LIMIT) return n < this.byNumber.length ? this.byNumber[n] : -1;
    return this.byText.get(id) ?? -1;
  }

  /** The index of the id spelt by bytes[start, end) (UTF-8), or −1 when it is not in the table (nothing is added). */
  findRange(bytes: Uint8Array, start: number, end: number): number {
    const n = canonicalIntegerOf(bytes, start, end);
    if (n >= 0 && n < DIRECT_LIMIT) return n < this.byNumber.length ? this.byNumber[n] : -1;
    return this.byText.get(decodeRange(bytes, start, end)) ?? -1;
  }

  private indexOfNumber(n: number, text?: string): number {
    if (n >= this.byNumber.length) {
      let length = this.byNumber.length;
      while (length <= n) length *= 2;
      const grown = new Int32Array(length).fill(-1);
      grown.set(this.byNumber);
      this.byNumber = grown;
    }
    let index = this.byNumber[n];
    if (index < 0) {
      index = this.ids.length;
      this.ids.push(text ?? String(n));
      this.byNumber[n] = index;
    }
    return index;
  }

  private indexOfString(id: string): number {
    let index = this.byText.get(id);
    if (index === undefined) {
      index = this.ids.length;
      this.ids.push(id);
      this.byText.set(id, index);
    }
    return index;
  }
}

/** The canonical non-negative integer bytes[start, end) spell (digits, no leading zero, below 10⁹), or −1. */
export function canonicalIntegerOf(bytes: Uint8Array, start: number, end: number): number {
  if (end === start || end - start > 9 || (bytes[start] === 0x30 && end - start > 1)) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The canonical non-negative integer a string spells (digits, no leading zero, below 10⁹), or −1. */
function canonicalInteger(id: string): number {
  if (id.length === 0 || id.length > 9 || (id.charCodeAt(0) === 0x30 && id.length > 1)) return -1;
  let value = 0;
  for (let i = 0; i < id.length; i++) {
    const d = id.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}
