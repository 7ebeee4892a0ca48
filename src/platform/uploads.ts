import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { AppEnv } from './context.ts';
import { notFound } from './errors.ts';

/** Image uploads shared by modules: checked by their first bytes, stored under a server-made name, served at `/uploads/<id>`. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

const extensions = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' } as const;
export type ImageMime = keyof typeof extensions;

/** Recognises PNG, JPEG and WebP from their first bytes: the declared type and file name are not trusted. */
export function sniffImage(bytes: Uint8Array): ImageMime | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** An image checked for size and kind, ready to store. */
export interface CheckedImage {
  bytes: Uint8Array;
  mime: ImageMime;
}

/** The catalog keys a module shows beside its file field when an image is refused. */
export interface ImageErrorKeys {
  tooLarge: string;
  wrongType: string;
}

/** Checks an uploaded file; the error is one of the caller's catalog keys. */
export async function checkImage(file: File, keys: ImageErrorKeys): Promise<{ ok: true; image: CheckedImage } | { ok: false; error: string }> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, error: keys.tooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = sniffImage(bytes);
  if (!mime) return { ok: false, error: keys.wrongType };
  return { ok: true, image: { bytes, mime } };
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

/** An image written to disk, not yet recorded. */
export interface WrittenImage {
  fileName: string;
  mime: ImageMime;
  size: number;
}

/** Writes the image under a random server-made name (before the transaction that records it). */
export async function writeImageFile(uploadDir: string, image: CheckedImage): Promise<WrittenImage> {
  const fileName = `${randomBytes(16).toString('hex')}.${extensions[image.mime]}`;
  await mkdir(uploadDir, { recursive: true });
  await writeFile(join(uploadDir, fileName), image.bytes, { flag: 'wx' });
  return { fileName, mime: image.mime, size: image.bytes.byteLength };
}

/** Removes a written file whose transaction failed, so no file is left without its row. */
export async function discardImageFile(uploadDir: string, image: WrittenImage): Promise<void> {
  await rm(join(uploadDir, image.fileName), { force: true });
}

/** Records a written image in the `upload` table; returns its id (the address is `/uploads/<id>`). */
export async function recordUpload(db: Kysely<Database>, image: WrittenImage, userId: string): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('upload')
    .values({ id, mime: image.mime, size: image.size, file_name: image.fileName, created_by: userId, created_at: new Date().toISOString() })
    .execute();
  return id;
}

const storedName = /^[a-f0-9]{32}\.(png|jpg|webp)$/;

/** GET /uploads/:id — sends a stored upload with its recorded type, never sniffed by the browser. */
export async function serveUpload(c: Context<AppEnv>): Promise<Response> {
  const { db, config } = c.var.deps;
  const row = await db.selectFrom('upload').select(['mime', 'file_name']).where('id', '=', c.req.param('id') ?? '').executeTakeFirst();
  // The name comes from our own table, but a path is only ever built from a name we could have made.
  if (!row || !storedName.test(row.file_name)) throw notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(join(config.uploadDir, row.file_name));
  } catch {
    throw notFound();
  }
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': row.mime,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'public, max-age=86400',
    'Content-Disposition': 'inline',
  });
}
