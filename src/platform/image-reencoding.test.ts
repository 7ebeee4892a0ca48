import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pngDeclaring, samplePng } from '../../test/support/images.ts';
import { MAX_IMAGE_PIXELS, reencodeImage } from './image-reencoding.ts';

const refusalOf = async (bytes: Uint8Array) => {
  const result = await reencodeImage(bytes);
  return result.ok ? 'accepted' : result.refusal;
};

describe('re-encoding an uploaded image', () => {
  it('accepts PNG, JPEG and WebP only, whatever the decoder could read', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).gif().toBuffer();
    const tiff = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } }).tiff().toBuffer();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" onload="alert(1)"/>');
    for (const bytes of [gif, tiff, svg]) expect(await refusalOf(bytes)).toBe('wrongType');
  });

  it('refuses too many pixels from the header alone, and says a damaged file cannot be read', async () => {
    expect(await refusalOf(pngDeclaring(100_000, 100_000))).toBe('tooManyPixels');
    expect(await refusalOf(pngDeclaring(6001, 4000))).toBe('tooManyPixels');
    expect(6001 * 4000).toBeGreaterThan(MAX_IMAGE_PIXELS);
    const png = await samplePng(40, 30);
    expect(await refusalOf(png.slice(0, png.length - 20))).toBe('unreadable');
    expect(await refusalOf(Buffer.concat([png.subarray(0, 8), Buffer.from('<html></html>')]))).toBe('unreadable');
  });

  it('turns a phone photo upright from its EXIF orientation, then drops the EXIF', async () => {
    const sideways = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#369' } }).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await reencodeImage(sideways);
    if (!result.ok) throw new Error(result.refusal);
    expect([result.image.full.width, result.image.full.height]).toEqual([200, 300]);
    expect((await sharp(result.image.full.bytes).metadata()).orientation).toBeUndefined();
  });
});
