import { describe, expect, it } from 'vitest';
import { csvCell, csvText, neutraliseFormula } from './csv.ts';

describe('the shared CSV writer', () => {
  it('prefixes text a spreadsheet would run as a formula, also after blanks and in full-width forms', () => {
    for (const formula of ['=HYPERLINK("http://evil.example","x")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '  =1', '\u00a0=1', '＝1+1', '-', '+33 6 12 34 56 78']) {
      expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    }
  });

  it('leaves ordinary text and plain numbers as they are', () => {
    for (const text of ['Des bancs', 'a=b', 'x-y', 'mail@example.org', '', '-1', '-12.5', '0', '42']) expect(neutraliseFormula(text)).toBe(text);
  });

  it('writes numbers as numbers, and null as an empty cell', () => {
    expect(csvText([[-1, 0, 1.5, null, undefined, 'ok']])).toBe('-1,0,1.5,,,ok\r\n');
    expect(csvText([[-1, null]], { quoteAll: true })).toBe('"-1",""\r\n');
  });

  it('quotes cells holding a separator, a quote or a line break (both separators, for spreadsheets set to either)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
  });

  it('lays out lines as asked, and writes a row of one empty cell as "" so it is not read as a blank line', () => {
    expect(csvText([['a', 'b'], ['c', 'd']], { separator: ';', lineEnd: '\n' })).toBe('a;b\nc;d\n');
    expect(csvText([['k'], [''], [null]])).toBe('k\r\n""\r\n""\r\n');
    expect(csvText([])).toBe('');
  });
});
