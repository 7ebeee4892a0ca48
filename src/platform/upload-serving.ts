import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './context.ts';
import { notFound } from './errors.ts';
import { reencodeImage } from './image-reencoding.ts';
import { discardImageFile, uploadColumns, writeImageFile } from './uploads.ts';

// A path is only ever built from a name we could have made (the name comes from our own table).
const storedName = /^[a-f0-9]{32}(\.small)?\.(png|jpg|webp)$/;

interface StoredUpload {
  id: string;
  mime: string;
  file_name: string;
  width: number | null;
  small_file_name: string | null;
}

const findUpload = (deps: AppDeps, id: string): Promise<StoredUpload | undefined> =>
  deps.db.selectFrom('upload').select(['id', 'mime', 'file_name', 'width', 'small_file_name']).where('id', '=', id).executeTakeFirst();

/**
 * A file stored before uploads were re-encoded is re-encoded the first time it is asked for, and the
 * original is deleted; one that cannot be decoded is never served. Two requests racing both encode, the
 * first to record wins and the other removes its copy.
 */
async function reencodeStored(deps: AppDeps, row: StoredUpload): Promise<StoredUpload | undefined> {
  if (!storedName.test(row.file_name)) return undefined;
  const original = join(deps.config.uploadDir, row.file_name);
  const bytes = await readFile(original).catch(() => null);
  const result = bytes ? await reencodeImage(new Uint8Array(bytes)) : null;
  if (!result?.ok) {
    deps.log.warn({ upload: row.id, refusal: result?.refusal ?? 'missing' }, 'stored upload not served: it cannot be re-encoded');
    return undefined;
  }
  const written = await writeImageFile(deps.config.uploadDir, result.image);
  const updated = await deps.db.updateTable('upload').set(uploadColumns(written)).where('id', '=', row.id).where('width', 'is', null).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) await discardImageFile(deps.config.uploadDir, written);
  else await rm(original, { force: true });
  return findUpload(deps, row.id);
}

/** GET /uploads/:id and /uploads/:id/small — sends a re-encoded image with its recorded type, never sniffed by the browser. */
export async function serveUpload(c: Context<AppEnv>): Promise<Response> {
  const { deps } = c.var;
  let row = await findUpload(deps, c.req.param('id') ?? '');
  // Documents (PDF) have their own download address, /files/<attachment id>; this one serves images only.
  if (row && !row.mime.startsWith('image/')) throw notFound();
  if (row && row.width === null) row = await reencodeStored(deps, row);
  const name = c.req.routePath.endsWith('/small') ? row?.small_file_name : row?.file_name;
  if (!row || !name || !storedName.test(name)) throw notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(join(deps.config.uploadDir, name));
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
