import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { defineModule } from '../define-module.ts';
import { modules } from '../index.ts';

/**
 * A tiny commentable and flaggable resource for the tests of comments, moderation and notifications,
 * so they need no other module: a "test note" in its own table, created by the test.
 */
export interface TestNote {
  id: string;
  title: string;
  author_id: string;
  open: number;
  process_id: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}

type NotesDb = Kysely<Database & { test_note: TestNote }>;
const notes = (db: Kysely<Database>) => db as unknown as NotesDb;

/** The fixture module: its table (a migration of its own) and the 'test-note' type (flag threshold 2). */
export const testNotesModule = defineModule({
  name: 'test-notes',
  migrations: {
    '900_test_notes': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('test_note')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('author_id', 'text', (c) => c.notNull())
          .addColumn('open', 'integer', (c) => c.notNull())
          .addColumn('process_id', 'text')
          .addColumn('hidden_at', 'text')
          .addColumn('hidden_reason', 'text')
          .execute();
      },
    },
  },
  commentables: [
    {
      type: 'test-note',
      async load(db, id) {
        const note = await notes(db).selectFrom('test_note').selectAll().where('id', '=', id).executeTakeFirst();
        if (!note) return null;
        const hidden = note.hidden_at !== null;
        return {
          url: `/test-notes/${note.id}`,
          title: note.title,
          open: note.open === 1 && !hidden,
          closedReasonKey: hidden ? 'moderation.hidden.pendingReview' : undefined,
          ownerUserIds: [note.author_id],
          processId: note.process_id,
          stancesEnabled: true,
          flagThreshold: 2,
        };
      },
    },
  ],
  moderatables: [
    {
      type: 'test-note',
      async load({ db }, id) {
        const note = await notes(db).selectFrom('test_note').selectAll().where('id', '=', id).executeTakeFirst();
        if (!note) return null;
        return { title: note.title, excerpt: note.title, url: `/test-notes/${note.id}`, processId: note.process_id, authorUserId: note.author_id, flagThreshold: 2, hidden: note.hidden_at !== null };
      },
      async setHidden(trx, id, hidden, reason) {
        await notes(trx).updateTable('test_note').set({ hidden_at: hidden ? new Date().toISOString() : null, hidden_reason: hidden ? reason : null }).where('id', '=', id).execute();
      },
    },
  ],
});

/** The app's modules plus the test notes: pass to `createTestContext({}, { modules: withTestNotes })`. */
export const withTestNotes = [...modules, testNotesModule];

/** Adds a test note written by `authorId` (open for comments unless said otherwise). */
export async function createTestNote(db: Kysely<Database>, authorId: string, options: { open?: boolean; processId?: string | null; title?: string } = {}): Promise<string> {
  const id = randomUUID();
  await notes(db)
    .insertInto('test_note')
    .values({ id, title: options.title ?? `Note ${id.slice(0, 4)}`, author_id: authorId, open: options.open === false ? 0 : 1, process_id: options.processId ?? null, hidden_at: null, hidden_reason: null })
    .execute();
  return id;
}

/** Whether a test note is hidden now. */
export async function isNoteHidden(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await notes(db).selectFrom('test_note').select('hidden_at').where('id', '=', id).executeTakeFirst();
  return Boolean(row?.hidden_at);
}

/** Creates a published process to attach notes to (for the public moderation log). */
export async function createTestProcess(db: Kysely<Database>, slug: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('process')
    .values({ id, slug, title_fr: `Processus ${slug}`, title_en: `Process ${slug}`, summary_fr: '', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, manual_phase_id: null, hero_alt_fr: '', hero_alt_en: '', created_at: now, updated_at: now })
    .execute();
  return id;
}


/** Adds `count` top-level comments by `authorId` one minute apart, oldest first, with `html` stored (null: none yet, as before migration 019); returns their ids. */
export async function seedTestComments(db: Kysely<Database>, note: string, authorId: string, count: number, html: string | null = null): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 8, i)).toISOString();
  await db
    .insertInto('comment')
    .values(ids.map((id, i) => ({ id, resource_type: 'test-note', resource_id: note, parent_id: null, depth: 1, author_user_id: authorId, organisation_id: null, stance: 'neutral', body: `Comment number ${i + 1}`, body_html: html, created_at: at(i), edited_at: null, deleted_at: null, hidden_at: null, hidden_reason: null })))
    .execute();
  return ids;
}
