import { inflateSync } from 'node:zlib';

/**
 * A PDF is kept as sent (no well-kept library rewrites PDFs the way sharp rewrites images), so it is
 * checked instead: `%PDF-` at the very start and `%%EOF` near the end, not encrypted (an encrypted file
 * cannot be inspected), and none of the names that make a PDF act rather than show — scripts, launching
 * programs, embedded files, Flash-era rich media, XFA forms. Names are looked for in the file and in its
 * Flate-compressed streams (where PDF 1.5 object streams hide dictionaries), with `#xx` escapes decoded.
 * This catches what ordinary tools produce; the real defence is that documents are only ever downloaded
 * (see docs/security.md), never shown inside cocity's pages.
 */

/** Why a PDF was refused. */
export type DocumentRefusal = 'documentType' | 'documentActive' | 'documentEncrypted' | 'documentUnreadable';

const activeNames = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA']);
// Inflating every stream of a 5 MB file may not cost more than this much memory (a compression bomb is refused).
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) names.add(decodeName(match[1]!));
  return names;
}

/** The decompressed content of the file's Flate streams, or null when they would inflate beyond the budget. */
function inflatedStreams(bytes: Uint8Array, text: string): string[] | null {
  const out: string[] = [];
  let budget = MAX_INFLATED_BYTES;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget, finishFlush: 2 });
      budget -= inflated.length;
      out.push(inflated.toString('latin1'));
    } catch (error) {
      if (error instanceof RangeError) return null;
      // Not Flate data (a JPEG, an uncompressed stream): already scanned as part of the file.
    }
  }
  return out;
}

/** Checks an uploaded PDF; the declared type and file name are not trusted. */
export function checkPdf(bytes: Uint8Array): { ok: true } | { ok: false; refusal: DocumentRefusal } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) return { ok: false, refusal: 'documentType' };
  if (!text.slice(-2048).includes('%%EOF')) return { ok: false, refusal: 'documentUnreadable' };
  const streams = inflatedStreams(bytes, text);
  if (streams === null) return { ok: false, refusal: 'documentUnreadable' };
  const names = new Set([...namesIn(text), ...streams.flatMap((s) => [...namesIn(s)])]);
  if (names.has('Encrypt')) return { ok: false, refusal: 'documentEncrypted' };
  for (const name of names) if (activeNames.has(name)) return { ok: false, refusal: 'documentActive' };
  return { ok: true };
}

/**
 * A document's name as sent, kept only as a label: the folder part, control and reserved characters
 * removed, spaces collapsed, at most `maxLength` characters, always ending in `.pdf`.
 */
export function sanitiseDocumentName(sent: string, maxLength: number): string {
  const base = sent.split(/[\\/]/).pop() ?? '';
  const stem = base
    .normalize('NFC')
    .replace(/\.pdf$/i, '')
    .replace(/[\p{Cc}\p{Cf}"*:<>?|]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const kept = [...stem].slice(0, maxLength - 4).join('');
  return `${kept || 'document'}.pdf`;
}
