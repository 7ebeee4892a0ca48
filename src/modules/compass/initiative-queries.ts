import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LinkKind } from './initiative-input.ts';
import type { CompassInitiativeTable } from './tables.ts';

export type InitiativeRow = Selectable<CompassInitiativeTable>;

/** A linked thing as the initiative page shows it. */
export interface LinkedItem {
  kind: LinkKind;
  id: string;
  name_fr: string;
  name_en: string;
  href: string;
  status: string;
}

/** Initiatives in title order: published ones only, or every one (for admins). */
export function listInitiatives(db: Kysely<Database>, options: { includeUnpublished?: boolean } = {}): Promise<InitiativeRow[]> {
  let query = db.selectFrom('compass_initiative').selectAll();
  if (!options.includeUnpublished) query = query.where('published', '=', 1);
  return query.orderBy('title_fr').orderBy('id').execute();
}

export function findInitiativeBySlug(db: Kysely<Database>, slug: string): Promise<InitiativeRow | undefined> {
  return db.selectFrom('compass_initiative').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Neighbourhood ids of several initiatives (one query). */
export async function neighbourhoodsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('compass_initiative_neighbourhood').selectAll().where('initiative_id', 'in', ids).execute();
  for (const r of rows) map.get(r.initiative_id)?.push(r.neighbourhood_id);
  return map;
}

/** Dimensions of several initiatives (one query). */
export async function dimensionsOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('compass_initiative_dimension').selectAll().where('initiative_id', 'in', ids).orderBy('dimension').execute();
  for (const r of rows) map.get(r.initiative_id)?.push(r.dimension);
  return map;
}

/** The raw links of several initiatives. */
export async function linksOfInitiatives(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, { kind: LinkKind; targetId: string }[]>> {
  const map = new Map<string, { kind: LinkKind; targetId: string }[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('compass_initiative_link').selectAll().where('initiative_id', 'in', ids).execute();
  for (const r of rows) map.get(r.initiative_id)?.push({ kind: r.kind as LinkKind, targetId: r.target_id });
  return map;
}

/**
 * Everything an initiative may link to, with names and addresses: register entries (sensors and
 * algorithms), published processes and budget projects. The registers' and budgets' own pages are the
 * links' targets.
 */
export async function linkTargets(db: Kysely<Database>): Promise<LinkedItem[]> {
  const [sensors, algorithms, processes, projects] = await Promise.all([
    db.selectFrom('register_sensor').select(['id', 'name_fr', 'name_en', 'status']).orderBy('name_fr').execute(),
    db.selectFrom('register_algorithm').select(['id', 'name_fr', 'name_en', 'status']).orderBy('name_fr').execute(),
    db.selectFrom('process').select(['id', 'slug', 'title_fr', 'title_en']).where('published', '=', 1).orderBy('title_fr').execute(),
    db
      .selectFrom('budget_project')
      .innerJoin('budget', 'budget.id', 'budget_project.budget_id')
      .innerJoin('component', 'component.id', 'budget.component_id')
      .innerJoin('process', 'process.id', 'component.process_id')
      .select(['budget_project.id', 'budget_project.title_fr', 'budget_project.title_en', 'budget_project.status', 'budget.id as budget_id'])
      .where('process.published', '=', 1)
      .orderBy('budget_project.title_fr')
      .execute(),
  ]);
  return [
    ...sensors.map((s) => ({ kind: 'sensor' as const, id: s.id, name_fr: s.name_fr, name_en: s.name_en, href: `/registers/sensors/${s.id}`, status: s.status })),
    ...algorithms.map((a) => ({ kind: 'algorithm' as const, id: a.id, name_fr: a.name_fr, name_en: a.name_en, href: `/registers/algorithms/${a.id}`, status: a.status })),
    ...processes.map((p) => ({ kind: 'process' as const, id: p.id, name_fr: p.title_fr, name_en: p.title_en, href: `/processes/${p.slug}`, status: '' })),
    ...projects.map((p) => ({ kind: 'budget-project' as const, id: p.id, name_fr: p.title_fr, name_en: p.title_en, href: `/budgets/${p.budget_id}/projects/${p.id}`, status: p.status })),
  ];
}

/** Whether a slug is used by another initiative. */
export async function initiativeSlugTaken(db: Kysely<Database>, slug: string, exceptId: string | null): Promise<boolean> {
  let query = db.selectFrom('compass_initiative').select('id').where('slug', '=', slug);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
