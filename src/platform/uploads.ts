import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from './context.ts';
import { reencodeImage, type ImageMime, type ReencodedImage } from './image-reencoding.ts';

/**
 * Image uploads shared by modules: size-checked, decoded and re-encoded on the server (see
 * image-reencoding.ts), stored under server-made names, served at `/uploads/<id>` and `/uploads/<id>/small`.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export { FULL_IMAGE_MAX_SIDE, MAX_IMAGE_PIXELS, SMALL_IMAGE_WIDTH, sniffImage, type ImageMime } from './image-reencoding.ts';

const extensions: Record<ImageMime, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/** An image that passed every check, already re-encoded: only these bytes are ever stored. */
export type CheckedImage = ReencodedImage;

/** The catalog keys a module shows beside its file field when an image is refused. */
export interface ImageErrorKeys {
  tooLarge: string;
  wrongType: string;
  /** More pixels than MAX_IMAGE_PIXELS (a "decompression bomb" declares huge dimensions in a small file). */
  tooManyPixels: string;
  /** Damaged or truncated: the decoder could not read it to the end. */
  unreadable: string;
}

/** Checks and re-encodes an uploaded file; the error is one of the caller's catalog keys, and nothing is stored. */
export async function checkImage(file: File, keys: ImageErrorKeys): Promise<{ ok: true; image: CheckedImage } | { ok: false; error: string }> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: keys.tooLarge };
  const result = await reencodeImage(new Uint8Array(await file.arrayBuffer()));
  return result.ok ? { ok: true, image: result.image } : { ok: false, error: keys[result.refusal] };
}

/** Reads one optional image field of a multipart form; an empty file input (no file chosen) gives `image: null`. */
export async function readImageField(c: Context<AppEnv>, field: string, keys: ImageErrorKeys): Promise<{ image: CheckedImage | null; error?: string }> {
  const body = await c.req.parseBody({ all: true });
  const parts = Array.isArray(body[field]) ? body[field] : [body[field]];
  const file = parts.find((p): p is File => typeof p === 'object' && p !== null && p.size > 0);
  if (!file) return { image: null };
  const checked = await checkImage(file, keys);
  return checked.ok ? { image: checked.image } : { image: null, error: checked.error };
}

/** An image written to disk (both renditions), not yet recorded. */
export interface WrittenImage {
  fileName: string;
  smallFileName: string;
  mime: ImageMime;
  size: number;
  width: number;
  height: number;
  smallWidth: number;
  smallHeight: number;
}

/** Writes both renditions under one random server-made name (before the transaction that records them). */
export async function writeImageFile(uploadDir: string, image: CheckedImage): Promise<WrittenImage> {
  const name = randomBytes(16).toString('hex');
  const ext = extensions[image.mime];
  const written: WrittenImage = {
    fileName: `${name}.${ext}`,
    smallFileName: `${name}.small.${ext}`,
    mime: image.mime,
    size: image.full.bytes.byteLength,
    width: image.full.width,
    height: image.full.height,
    smallWidth: image.small.width,
    smallHeight: image.small.height,
  };
  await mkdir(uploadDir, { recursive: true });
  try {
    await writeFile(join(uploadDir, written.fileName), image.full.bytes, { flag: 'wx' });
    await writeFile(join(uploadDir, written.smallFileName), image.small.bytes, { flag: 'wx' });
  } catch (error) {
    await discardImageFile(uploadDir, written);
    throw error;
  }
  return written;
}

/** Removes written files whose transaction failed, so no file is left without its row. */
export async function discardImageFile(uploadDir: string, image: Pick<WrittenImage, 'fileName' | 'smallFileName'>): Promise<void> {
  await rm(join(uploadDir, image.fileName), { force: true });
  await rm(join(uploadDir, image.smallFileName), { force: true });
}

/** The `upload` columns of written files. */
export const uploadColumns = (image: WrittenImage) => ({
  mime: image.mime,
  size: image.size,
  file_name: image.fileName,
  width: image.width,
  height: image.height,
  small_file_name: image.smallFileName,
  small_width: image.smallWidth,
  small_height: image.smallHeight,
});

/** Records a written image in the `upload` table; returns its id (the address is `/uploads/<id>`). */
export async function recordUpload(db: Kysely<Database>, image: WrittenImage, userId: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('upload')
    .values({ id, ...uploadColumns(image), created_by: userId, created_at: new Date().toISOString() })
    .execute();
  return id;
}
