import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { withStartupLock } from '../db/startup-lock.ts';
import { createAuth } from '../platform/auth.ts';
import { modules, seedModules } from '../modules/index.ts';
import { insertAccount } from './accounts.ts';
import { demoPeople, neighbourhoods, organisations, processes } from './bellerive.ts';

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Fills an empty database with the bilingual demo city; returns the demo accounts, or the list again if they exist.
 * Instances started at the same moment take turns, and each checks for accounts once it holds the lock.
 */
export async function seedDemoCityIfEmpty(handle: DatabaseHandle, config: Config): Promise<DemoAccount[] | null> {
  return (await seedDemoCity(handle, config)).accounts;
}

/** The same, saying also whether this call created the city (`cocity serve` then replaces the process that did). */
export function seedDemoCity(handle: DatabaseHandle, config: Config): Promise<{ accounts: DemoAccount[] | null; created: boolean }> {
  return withStartupLock(handle, () => seedUnlocked(handle, config));
}

async function seedUnlocked(handle: DatabaseHandle, config: Config): Promise<{ accounts: DemoAccount[] | null; created: boolean }> {
  const { db } = handle;
  const accounts = demoPeople.map((p) => ({ email: p.email, password: p.password, role: p.role }));
  const users = await db.selectFrom('user').select(['email']).limit(1000).execute();
  if (users.length > 0) {
    const stillThere = users.some((u) => u.email === demoPeople[0].email);
    return { accounts: stillThere ? accounts : null, created: false };
  }
  const auth = createAuth({ db, dialect: handle.dialect, secret: config.authSecret, baseUrl: config.baseUrl, mailer: null });
  const people: Record<string, string> = {};
  for (const person of demoPeople) people[person.key] = await insertAccount(db, auth, person);

  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const hoodIds: Record<string, string> = {};
    for (const [position, n] of neighbourhoods.entries()) {
      hoodIds[n.slug] = randomUUID();
      await trx.insertInto('neighbourhood').values({ id: hoodIds[n.slug], slug: n.slug, name_fr: n.fr, name_en: n.en, position }).execute();
    }
    for (const org of organisations) {
      const id = randomUUID();
      await trx
        .insertInto('organisation')
        .values({ id, slug: org.slug, name: org.name, kind: org.kind, description: org.description, website: org.website, neighbourhood_id: org.neighbourhood ? hoodIds[org.neighbourhood] : null, verified: org.verified ? 1 : 0, created_by: people[org.members[0][0]], created_at: now })
        .execute();
      for (const [key, role] of org.members) {
        await trx.insertInto('organisation_member').values({ organisation_id: id, user_id: people[key], role, listed: 1, created_at: now }).execute();
      }
    }
    for (const p of processes) {
      const processId = randomUUID();
      await trx
        .insertInto('process')
        .values({ id: processId, slug: p.slug, title_fr: p.titleFr, title_en: p.titleEn, summary_fr: p.summaryFr, summary_en: p.summaryEn, body_fr: p.bodyFr, body_en: p.bodyEn, scope: p.neighbourhoods.length ? 'neighbourhoods' : 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
        .execute();
      for (const slug of p.neighbourhoods) await trx.insertInto('process_neighbourhood').values({ process_id: processId, neighbourhood_id: hoodIds[slug] }).execute();
      for (const [position, ph] of p.phases.entries()) {
        await trx
          .insertInto('phase')
          .values({ id: randomUUID(), process_id: processId, position, name_fr: ph.fr, name_en: ph.en, description_fr: ph.dfr, description_en: ph.den, starts_on: isoDay(ph.from), ends_on: isoDay(ph.to) })
          .execute();
      }
      const componentId = randomUUID();
      await trx
        .insertInto('component')
        .values({ id: componentId, process_id: processId, type: 'page', name_fr: 'Informations', name_en: 'Information', position: 0, settings: '{}', published: 1, created_at: now })
        .execute();
      await trx.insertInto('page_content').values({ component_id: componentId, body_fr: p.pageFr, body_en: p.pageEn, updated_at: now }).execute();
    }
  });
  // Then each module fills its part of the city (proposals, budgets, opinion map, registers...).
  await seedModules(modules, { db, people, config });
  return { accounts, created: true };
}
