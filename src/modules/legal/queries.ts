import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LegalPage } from './default-texts.ts';
import './tables.ts';

/** A legal page as the admins wrote it, or null while it shows its default text. */
export interface StoredLegalPage {
  body_fr: string;
  body_en: string;
  version: number;
  updated_at: string;
}

/** The admins' text of a legal page, if they wrote one. */
export async function findLegalPage(db: Kysely<Database>, page: LegalPage): Promise<StoredLegalPage | null> {
  const row = await db.selectFrom('legal_page').select(['body_fr', 'body_en', 'version', 'updated_at']).where('page', '=', page).executeTakeFirst();
  return row ? { ...row, version: Number(row.version) } : null;
}

/**
 * Writes a legal page's text. `askAgain` raises the version (for the terms: everyone accepts again at their
 * next sign-in); a correction keeps it. The first save of a page starts at version 1, which the default had.
 */
export async function saveLegalPage(
  db: Kysely<Database>,
  page: LegalPage,
  body: { body_fr: string; body_en: string },
  askAgain: boolean,
  userId: string,
): Promise<number> {
  const updated_at = new Date().toISOString();
  const current = await findLegalPage(db, page);
  const version = (current?.version ?? 1) + (askAgain ? 1 : 0);
  if (current) await db.updateTable('legal_page').set({ ...body, version, updated_by: userId, updated_at }).where('page', '=', page).execute();
  else await db.insertInto('legal_page').values({ page, ...body, version, updated_by: userId, updated_at }).execute();
  return version;
}

/** The version of the terms of use in force (1 while the default text is shown). */
export async function currentTermsVersion(db: Kysely<Database>): Promise<number> {
  return (await findLegalPage(db, 'terms'))?.version ?? 1;
}

/** The newest version of the terms a person accepted, and when; null if they never did. */
export async function latestTermsAcceptance(db: Kysely<Database>, userId: string): Promise<{ version: number; accepted_at: string } | null> {
  const row = await db.selectFrom('terms_acceptance').select(['version', 'accepted_at']).where('user_id', '=', userId).orderBy('version', 'desc').executeTakeFirst();
  return row ? { version: Number(row.version), accepted_at: row.accepted_at } : null;
}

/**
 * Records that a person accepted a version of the terms. Written only when the account exists: a sign-up
 * with an address already registered gets a made-up id from better-auth, which must record nothing.
 */
export async function recordTermsAcceptance(db: Kysely<Database>, userId: string, version: number, now = new Date()): Promise<void> {
  await db
    .insertInto('terms_acceptance')
    .columns(['user_id', 'version', 'accepted_at'])
    .expression(
      db
        .selectFrom('user')
        .select(['id', sql<number>`cast(${version} as integer)`.as('version'), sql<string>`cast(${now.toISOString()} as text)`.as('accepted_at')])
        .where('id', '=', userId),
    )
    .onConflict((oc) => oc.columns(['user_id', 'version']).doNothing())
    .execute();
}
