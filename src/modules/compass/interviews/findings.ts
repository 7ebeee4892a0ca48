import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';

/** The latest published interview analysis (its figures already through the small-count rule), or null. */
export async function latestFindings(db: Kysely<Database>): Promise<unknown | null> {
  const row = await db.selectFrom('compass_analysis_release').select(['body', 'published_at']).orderBy('published_at', 'desc').limit(1).executeTakeFirst();
  return row ? { ...(JSON.parse(row.body) as object), publishedAt: row.published_at } : null;
}
