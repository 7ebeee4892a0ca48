import { describe, expect, it } from 'vitest';
import { samplePdf, samplePng } from '../../../test/support/images.ts';
import { checkPdf, sanitiseDocumentName } from './pdf-check.ts';

const refusalOf = (bytes: Uint8Array) => {
  const result = checkPdf(bytes);
  return result.ok ? 'accepted' : result.refusal;
};

describe('checking an uploaded PDF', () => {
  it('accepts a plain PDF and refuses other bytes, whatever the file is called', async () => {
    expect(refusalOf(samplePdf())).toBe('accepted');
    expect(refusalOf(await samplePng())).toBe('documentType');
    expect(refusalOf(new TextEncoder().encode('<html>%PDF-1.7</html>'))).toBe('documentType');
    // Cut before its end marker: a truncated upload.
    const pdf = samplePdf();
    expect(refusalOf(pdf.slice(0, pdf.length - 12))).toBe('documentUnreadable');
  });

  it('refuses scripts, launch actions and embedded files, even escaped or compressed', () => {
    expect(refusalOf(samplePdf({ extra: '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>' }))).toBe('documentActive');
    expect(refusalOf(samplePdf({ extra: '/OpenAction << /S /Launch /F (cmd.exe) >>' }))).toBe('documentActive');
    expect(refusalOf(samplePdf({ extra: '/Names << /EmbeddedFiles 9 0 R >>' }))).toBe('documentActive');
    expect(refusalOf(samplePdf({ extra: '/OpenAction << /S /J#61vaScript /J#53 (x) >>' }))).toBe('documentActive');
    expect(refusalOf(samplePdf({ compressedExtra: '6 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj' }))).toBe('documentActive');
    expect(refusalOf(samplePdf({ compressedExtra: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' }))).toBe('accepted');
  });

  it('refuses an encrypted PDF, which cannot be inspected', () => {
    expect(refusalOf(samplePdf({ extra: '/Encrypt << /Filter /Standard /V 2 >>' }))).toBe('documentEncrypted');
  });

  it('keeps a sent name as a harmless label ending in .pdf', () => {
    expect(sanitiseDocumentName('C:\\Users\\amina\\Plan du square.PDF', 100)).toBe('Plan du square.pdf');
    expect(sanitiseDocumentName('../../etc/passwd', 100)).toBe('passwd.pdf');
    expect(sanitiseDocumentName('a"b<c>\u202Egpj.pdf', 100)).toBe('abcgpj.pdf');
    expect(sanitiseDocumentName('...', 100)).toBe('document.pdf');
    expect(sanitiseDocumentName(`${'é'.repeat(300)}.pdf`, 100)).toHaveLength(100);
  });
});
