/**
 * The one CSV writer of every cocity export (proposals, registers, opinion maps). Text that a
 * spreadsheet would run as a formula is neutralised (OWASP "CSV injection"); numbers stay numbers,
 * so a recount tool still reads them.
 */

/** A cell: text is neutralised, numbers are written as they are, null and undefined are empty. */
export type CsvCell = string | number | null | undefined;

/** How the file is laid out; every export keeps its own published layout. */
export interface CsvLayout {
  /** `,` (default) or `;`. */
  separator?: ',' | ';';
  /** `\r\n` (RFC 4180, default) or `\n`. */
  lineEnd?: '\r\n' | '\n';
  /** Quote every cell (default: only cells that need it). */
  quoteAll?: boolean;
}

// Excel, LibreOffice and Google Sheets start a formula (or a DDE call) with one of these, also after
// leading blanks; a tab or carriage return at the start also lets a cell spill into the next one.
const formulaStart = /^[\s\u00a0]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
// A plain decimal number such as -1 or 12.5 cannot hold a formula; it is left alone so it stays numeric.
const plainNumber = /^-?\d+(\.\d+)?$/;
const needsQuotes = /[",;\r\n]/;

/** A text cell a spreadsheet shows as the text it is: a leading `'` when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** One cell as written in the file (neutralised, then quoted when needed or asked). */
export function csvCell(value: CsvCell, layout: CsvLayout = {}): string {
  if (value === null || value === undefined) return layout.quoteAll ? '""' : '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return layout.quoteAll || needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV text ending with a line end. A row holding one empty cell is written `""`, so
 * it is not read as a blank line and skipped.
 */
export function csvText(rows: Iterable<readonly CsvCell[]>, layout: CsvLayout = {}): string {
  const separator = layout.separator ?? ',';
  const lineEnd = layout.lineEnd ?? '\r\n';
  let text = '';
  for (const row of rows) {
    const line = row.map((cell) => csvCell(cell, layout)).join(separator);
    text += (line === '' && row.length === 1 ? '""' : line) + lineEnd;
  }
  return text;
}
