import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppEnv, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { isAdmin, isModerator } from '../../platform/session.ts';
import type { AttachmentOwnerType } from './tables.ts';

/** Downloads of attached documents, mounted at `/files`. */
export const attachmentRoutes = new Hono<AppEnv>();

// A path is only ever built from a name we made (the name comes from our own table).
const storedPdf = /^[a-f0-9]{32}\.pdf$/;

// A document is seen by whoever sees its owner: a hidden proposal's by moderators, a draft process's by admins.
async function ownerVisible(db: Kysely<Database>, type: AttachmentOwnerType, id: string, user: CurrentUser | null): Promise<boolean> {
  if (type === 'proposal') {
    const p = await db.selectFrom('proposal').select('hidden_at').where('id', '=', id).executeTakeFirst();
    return p !== undefined && (p.hidden_at === null || isModerator(user));
  }
  if (type === 'process') {
    const p = await db.selectFrom('process').select('published').where('id', '=', id).executeTakeFirst();
    return p !== undefined && (p.published === 1 || isAdmin(user));
  }
  return (await db.selectFrom('budget_project').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The `Content-Disposition` of a download: an ASCII fallback name and the exact one (RFC 6266, RFC 5987). */
export function downloadDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%;]/g, '_') || 'document.pdf';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

attachmentRoutes.get('/:id', async (c) => {
  const { db, config } = c.var.deps;
  const row = await db
    .selectFrom('attachment')
    .innerJoin('upload', 'upload.id', 'attachment.upload_id')
    .select(['attachment.owner_type', 'attachment.owner_id', 'attachment.name', 'upload.file_name', 'upload.mime'])
    .where('attachment.id', '=', c.req.param('id'))
    .where('attachment.kind', '=', 'document')
    .executeTakeFirst();
  if (!row || row.mime !== 'application/pdf' || !storedPdf.test(row.file_name)) throw notFound();
  if (!(await ownerVisible(db, row.owner_type, row.owner_id, c.var.user))) throw notFound();
  const bytes = await readFile(join(config.uploadDir, row.file_name)).catch(() => null);
  if (!bytes) throw notFound();
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/pdf',
    // Always a download, never shown inside cocity's origin (the site's CSP, frame-ancestors 'none', applies too).
    'Content-Disposition': downloadDisposition(row.name),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, max-age=3600',
  });
});
