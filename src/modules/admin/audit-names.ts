import type { Kysely } from 'kysely';
import type { Locale } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { localized } from '../../platform/i18n/index.ts';

/** What the audit log needs to say who or what an entry is about. */
export interface AuditTargetRef {
  target_type: string;
  target_id: string | null;
}

type Named = { id: string; name: string };

// Each kind of target the log names, with the query that reads its names: one query per kind on a page.
const readers: Record<string, (db: Kysely<Database>, ids: string[], locale: Locale) => Promise<Named[]>> = {
  user: async (db, ids) => (await db.selectFrom('user').select(['id', 'name', 'deletedAt']).where('id', 'in', ids).execute()).map((u) => ({ id: u.id, name: u.deletedAt ? '' : u.name })),
  process: async (db, ids, l) => (await db.selectFrom('process').select(['id', 'title_fr', 'title_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.title_fr, r.title_en) })),
  phase: async (db, ids, l) => (await db.selectFrom('phase').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.name_fr, r.name_en) })),
  component: async (db, ids, l) => (await db.selectFrom('component').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.name_fr, r.name_en) })),
  budget: async (db, ids, l) => (await db.selectFrom('budget').select(['id', 'title_fr', 'title_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.title_fr, r.title_en) })),
  budget_project: async (db, ids, l) => (await db.selectFrom('budget_project').select(['id', 'title_fr', 'title_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.title_fr, r.title_en) })),
  proposal: async (db, ids) => (await db.selectFrom('proposal').select(['id', 'title']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: r.title })),
  neighbourhood: async (db, ids, l) => (await db.selectFrom('neighbourhood').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.name_fr, r.name_en) })),
  organisation: async (db, ids) => (await db.selectFrom('organisation').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: r.name })),
  sensor: async (db, ids, l) => (await db.selectFrom('register_sensor').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.name_fr, r.name_en) })),
  algorithm: async (db, ids, l) => (await db.selectFrom('register_algorithm').select(['id', 'name_fr', 'name_en']).where('id', 'in', ids).execute()).map((r) => ({ id: r.id, name: localized(l, r.name_fr, r.name_en) })),
};

const key = (type: string, id: string) => `${type}:${id}`;

/** The names of the people, processes, projects... a page of audit entries is about, by `type:id` (absent when gone). */
export async function auditTargetNames(db: Kysely<Database>, rows: readonly AuditTargetRef[], locale: Locale): Promise<Map<string, string>> {
  const idsByType = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!r.target_id || !readers[r.target_type]) continue;
    idsByType.set(r.target_type, (idsByType.get(r.target_type) ?? new Set()).add(r.target_id));
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...idsByType].map(async ([type, ids]) => {
      for (const named of await readers[type](db, [...ids], locale)) if (named.name) names.set(key(type, named.id), named.name);
    }),
  );
  return names;
}

/** The name of an entry's target from the map above, or null. */
export const targetName = (names: Map<string, string>, r: AuditTargetRef): string | null => (r.target_id ? (names.get(key(r.target_type, r.target_id)) ?? null) : null);
