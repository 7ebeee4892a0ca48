import { describe, expect, it } from 'vitest';
import { parseCsv, PolisExportError } from './csv-text.ts';

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
});
