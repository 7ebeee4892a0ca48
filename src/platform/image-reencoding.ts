import type Sharp from 'sharp';

/**
 * Every uploaded image is decoded and encoded again by libvips (through sharp) before anything is
 * stored: what is served is a fresh file made from the pixels only, so bytes appended to an image
 * (a polyglot with HTML or script), metadata (EXIF with GPS position, camera serial) and malformed
 * structures never reach a visitor.
 */

/** Largest image accepted, in pixels (width × height): a 24-megapixel photo, 6000 × 4000. */
export const MAX_IMAGE_PIXELS = 24_000_000;
/** The served image fits in this square (pixels); larger photos are scaled down. */
export const FULL_IMAGE_MAX_SIDE = 2048;
/** Width of the phone-sized variant, for `srcset`. */
export const SMALL_IMAGE_WIDTH = 640;

/** The image types accepted, by the format libvips finds when it decodes. */
const formats = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
export type ImageMime = (typeof formats)[keyof typeof formats];

/** One encoded rendition of an image. */
export interface EncodedImage {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** An image re-encoded in its own format: the full rendition and the phone-sized one. */
export interface ReencodedImage {
  mime: ImageMime;
  full: EncodedImage;
  small: EncodedImage;
}

/** Why an image was refused: not PNG/JPEG/WebP, more than MAX_IMAGE_PIXELS, or not decodable (damaged, truncated). */
export type ImageRefusal = 'wrongType' | 'tooManyPixels' | 'unreadable';

/** Recognises PNG, JPEG and WebP from their first bytes: the declared type and file name are not trusted. */
export function sniffImage(bytes: Uint8Array): ImageMime | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

// The pixel limit is checked by libvips on the header, before any pixel is decoded; any libvips
// warning (a truncated file, a broken chunk) is an error; only the first frame of an animation is read.
const decodeOptions = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning', pages: 1 } as const;

// sharp (libvips) adds ~24 MB to a process's memory: loaded on the first upload, not by every server worker at start.
let sharpModule: Promise<typeof Sharp> | undefined;
/** The sharp function, imported on first use (shared with the demo seed's image drawing). */
export function loadSharp(): Promise<typeof Sharp> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}

async function encode(input: Uint8Array, mime: ImageMime, box: { width: number; height?: number }): Promise<EncodedImage> {
  // rotate() applies the EXIF orientation to the pixels; the output carries no metadata at all.
  const sharp = await loadSharp();
  let pipeline = sharp(input, decodeOptions).rotate().resize({ ...box, fit: 'inside', withoutEnlargement: true });
  if (mime === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 82, mozjpeg: true });
  else if (mime === 'image/png') pipeline = pipeline.png();
  else pipeline = pipeline.webp({ quality: 80 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/** Decodes an uploaded file and encodes it again (full and phone-sized), or says why it cannot be used. */
export async function reencodeImage(bytes: Uint8Array): Promise<{ ok: true; image: ReencodedImage } | { ok: false; refusal: ImageRefusal }> {
  const sniffed = sniffImage(bytes);
  if (!sniffed) return { ok: false, refusal: 'wrongType' };
  const sharp = await loadSharp();
  try {
    const header = await sharp(bytes, decodeOptions).metadata();
    // The first bytes and the decoder must agree (a PNG signature before SVG or TIFF data is refused).
    if (formats[header.format as keyof typeof formats] !== sniffed) return { ok: false, refusal: 'wrongType' };
    const full = await encode(bytes, sniffed, { width: FULL_IMAGE_MAX_SIDE, height: FULL_IMAGE_MAX_SIDE });
    // The small one is made from the already clean, smaller full rendition (cheaper to decode).
    const small = await encode(full.bytes, sniffed, { width: SMALL_IMAGE_WIDTH });
    return { ok: true, image: { mime: sniffed, full, small } };
  } catch (error) {
    return { ok: false, refusal: /pixel limit/i.test(String((error as Error)?.message)) ? 'tooManyPixels' : 'unreadable' };
  }
}
