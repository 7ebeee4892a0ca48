import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSyntaxError, CsvTokenizer, tokenizeAll } from './index.ts';
import { feedInPieces } from './testing/feed-in-pieces.ts';
import { referenceRecords, ReferenceSyntaxError } from './testing/reference-tokenizer.ts';

type Outcome = { records: { line: number; fields: string[]; quoted: boolean }[] } | { error: { line: number; kind: string } };

/** Feeds the UTF-8 bytes of text to the tokenizer cut at the given positions (anywhere, even inside a character). */
function tokenized(text: string, separator: string, cuts: number[] = []): Outcome {
  const bytes = new TextEncoder().encode(text);
  const records: { line: number; fields: string[]; quoted: boolean }[] = [];
  const tokenizer = new CsvTokenizer(separator.charCodeAt(0), (row) => records.push({ line: row.line, fields: row.texts(), quoted: row.quoted }));
  try {
    feedInPieces(tokenizer, bytes, cuts);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { error: { line: error.line, kind: error.kind } };
    throw error;
  }
  return { records };
}

function reference(text: string, separator: string): Outcome {
  try {
    return { records: referenceRecords(text, separator) };
  } catch (error) {
    if (error instanceof ReferenceSyntaxError) return { error: { line: error.line, kind: error.kind } };
    throw error;
  }
}

describe('CsvTokenizer', () => {
  it('handles quotes, doubled quotes, separators and line breaks inside fields, and reports start lines', () => {
    expect(tokenized('\ufeffa,b\r\n1,"x, ""y""\nz"\n\n2,\n', ',')).toEqual({
      records: [
        { line: 1, fields: ['a', 'b'], quoted: false },
        { line: 2, fields: ['1', 'x, "y"\nz'], quoted: true },
        { line: 4, fields: [''], quoted: false },
        { line: 5, fields: ['2', ''], quoted: false },
      ],
    });
  });

  it('treats a quote inside a field as text and ends lines on LF, CRLF or a lone CR', () => {
    expect(tokenized('b2;Piknik "Rodzina";x\ra;b\r\nc', ';')).toEqual({
      records: [
        { line: 1, fields: ['b2', 'Piknik "Rodzina"', 'x'], quoted: false },
        { line: 2, fields: ['a', 'b'], quoted: false },
        { line: 3, fields: ['c'], quoted: false },
      ],
    });
  });

  it('reports an unterminated quote on the line it opened, and text after a closing quote on its line', () => {
    expect(tokenized('a\n"open\nmore', ',')).toEqual({ error: { line: 2, kind: 'unterminated-quote' } });
    expect(tokenized('a\n"two\nlines"x\n', ',')).toEqual({ error: { line: 3, kind: 'text-after-quote' } });
    expect(() => tokenizeAll('"a""', ',', () => {})).toThrow(CsvSyntaxError);
  });

  it('gives the same records as the character-by-character reference, however the bytes are cut (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '1', '-', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', 'é', '€', '😀', '\ufeff'), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom(',', ';'), fc.array(fc.nat(300), { maxLength: 6 }), (t, separator, cuts) => {
        expect(tokenized(t, separator, cuts)).toEqual(reference(t, separator));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a record longer than many chunks, one byte at a time', () => {
    const long = `"${'x""y,\n'.repeat(2000)}",end\nnext`;
    const oneByOne = Array.from({ length: long.length }, (_, i) => i);
    expect(tokenized(long, ',', oneByOne)).toEqual(reference(long, ','));
  });
});
