/** Real images for upload tests, drawn with sharp, and hostile files built byte by byte. */
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

const draw = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } } });
const bytesOf = (buffer: Buffer): Uint8Array<ArrayBuffer> => Uint8Array.from(buffer);

/** A PNG of the given size. */
export async function samplePng(width = 64, height = 48): Promise<Uint8Array<ArrayBuffer>> {
  return bytesOf(await draw(width, height).png().toBuffer());
}

/** A WebP of the given size. */
export async function sampleWebp(width = 64, height = 48): Promise<Uint8Array<ArrayBuffer>> {
  return bytesOf(await draw(width, height).webp().toBuffer());
}

/** A JPEG from a phone: camera make and model, and a GPS position (Paris) in its EXIF. */
export async function phoneJpegWithGps(width = 1600, height = 1200): Promise<Uint8Array<ArrayBuffer>> {
  const exif = {
    IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Software: 'Camera 1.0' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 0/1' },
  };
  return bytesOf(await draw(width, height).jpeg().withExif(exif).toBuffer());
}

/** Whether an image's EXIF holds a GPS block (the GPS IFD pointer, tag 0x8825, in either byte order). */
export async function hasGpsExif(bytes: Uint8Array): Promise<boolean> {
  const exif = (await sharp(bytes).metadata()).exif;
  return exif !== undefined && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A small, well-formed PNG that declares `width × height` pixels (a "decompression bomb": a few
 * kilobytes of compressed zeros that would take tens of gigabytes once decoded).
 */
export function pngDeclaring(width: number, height: number): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows = deflateSync(Buffer.alloc((width * 3 + 1) * 16));
  return bytesOf(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', rows), pngChunk('IEND', Buffer.alloc(0))]));
}

/**
 * A small PDF with one page of text, well-formed enough for a reader; `extra` adds objects to its
 * catalogue (e.g. `/OpenAction << /S /JavaScript /JS (app.alert(1)) >>`), `compressedExtra` hides a
 * dictionary in a Flate-compressed stream as PDF 1.5 object streams do.
 */
export function samplePdf(options: { extra?: string; compressedExtra?: string } = {}): Uint8Array<ArrayBuffer> {
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${options.extra ?? ''} >>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  const content = 'BT /F1 24 Tf 72 720 Td (Plan du square) Tj ET';
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  objects.forEach((o, i) => parts.push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`)));
  parts.push(Buffer.from(`4 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`));
  if (options.compressedExtra) {
    const packed = deflateSync(Buffer.from(options.compressedExtra));
    parts.push(Buffer.from(`5 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`), packed, Buffer.from('\nendstream\nendobj\n'));
  }
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n'));
  return bytesOf(Buffer.concat(parts));
}
