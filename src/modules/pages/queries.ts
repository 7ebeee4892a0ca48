import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The text of a page component, or empty texts when none was written yet. */
export async function findPageContent(db: Kysely<Database>, componentId: string): Promise<{ body_fr: string; body_en: string }> {
  const row = await db.selectFrom('page_content').select(['body_fr', 'body_en']).where('component_id', '=', componentId).executeTakeFirst();
  return row ?? { body_fr: '', body_en: '' };
}

/** Writes the text of a page component (insert the first time, update after). */
export async function savePageContent(db: Kysely<Database>, componentId: string, body: { body_fr: string; body_en: string }): Promise<void> {
  const updated_at = new Date().toISOString();
  const result = await db.updateTable('page_content').set({ ...body, updated_at }).where('component_id', '=', componentId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) await db.insertInto('page_content').values({ component_id: componentId, ...body, updated_at }).execute();
}
