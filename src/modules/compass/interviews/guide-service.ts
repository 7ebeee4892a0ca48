import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { CurrentUser } from '../../../platform/context.ts';
import { parseGuide, type GuideTheme } from './guide-format.ts';

/** A guide with its versions, newest first, and the newest version's outline. */
export interface GuideWithVersions {
  id: string;
  title_fr: string;
  title_en: string;
  versions: { id: string; version: number; created_at: string; body: string }[];
  themes: GuideTheme[];
}

/** Every guide with its versions (guides without a version do not exist: both are written together). */
export async function listGuides(db: Kysely<Database>): Promise<GuideWithVersions[]> {
  const [guides, versions] = await Promise.all([
    db.selectFrom('compass_guide').selectAll().orderBy('created_at').execute(),
    db.selectFrom('compass_guide_version').select(['id', 'guide_id', 'version', 'created_at', 'body']).orderBy('version', 'desc').execute(),
  ]);
  return guides.map((g) => {
    const own = versions.filter((v) => v.guide_id === g.id);
    const parsed = parseGuide(own[0]?.body ?? '');
    return { id: g.id, title_fr: g.title_fr, title_en: g.title_en, versions: own, themes: parsed.ok ? parsed.themes : [] };
  });
}

/** Adds a guide and its first version. */
export async function createGuide(db: Kysely<Database>, user: CurrentUser, title: { fr: string; en: string }, body: string): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('compass_guide').values({ id, title_fr: title.fr, title_en: title.en, created_at: now }).execute();
    await trx.insertInto('compass_guide_version').values({ id: randomUUID(), guide_id: id, version: 1, body, created_by: user.id, created_at: now }).execute();
  });
  return id;
}

/** Adds a version; earlier versions stay, so interviews keep pointing at the guide they used. */
export async function addGuideVersion(db: Kysely<Database>, user: CurrentUser, guideId: string, body: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('compass_guide_version').select((eb) => eb.fn.max('version').as('v')).where('guide_id', '=', guideId).executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await trx.insertInto('compass_guide_version').values({ id: randomUUID(), guide_id: guideId, version, body, created_by: user.id, created_at: new Date().toISOString() }).execute();
    return version;
  });
}
