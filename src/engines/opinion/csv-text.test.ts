import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCsv, parseCsv, PolisExportError } from './csv-text.ts';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields, and reports start lines', () => {
    const text = '\ufeffa,b\r\n1,"x, ""y""\nz"\n\n2,\n';
    expect(parseCsv(text, 'f.csv')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x, "y"\nz'] },
      { line: 5, fields: ['2', ''] },
    ]);
  });

  it('reports an unterminated quote with the file and line', () => {
    expect(() => parseCsv('a\n"open\n', 'comments.csv')).toThrow(/comments\.csv:2: unterminated quoted field/);
  });

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('"a"b\n', 'x.csv')).toThrow(PolisExportError);
  });

  it('reads back what formatCsv writes (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r\n', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // A record of empty fields only is indistinguishable from a blank line, so give each a key.
        const keyed = rows.map((row, i) => [`k${i}`, ...row]);
        expect(parseCsv(formatCsv(keyed), 't.csv').map((r) => r.fields)).toEqual(keyed);
      }),
    );
  });
});
