import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import '../db/tables/city.ts';
import type { AppEnv } from './context.ts';
import { onSiblingNews, tellSiblingWorkers } from './sibling-workers.ts';

/** The city's name and logo as its admins set them; a platform without them is "cocity" with no logo. */
export interface CityIdentity {
  name: string | null;
  logoUploadId: string | null;
}

/** Reads the city's identity (one small row). */
export async function findCityIdentity(db: Kysely<Database>): Promise<CityIdentity> {
  const row = await db.selectFrom('city_identity').select(['name', 'logo_upload_id']).where('key', '=', 'city').executeTakeFirst();
  return { name: row?.name ?? null, logoUploadId: row?.logo_upload_id ?? null };
}

// Requests that render no page (the stylesheet, images, documents, the JSON API, the health check) skip the query.
const noPage = /^\/(static|uploads|api|healthz)(\/|$)/;

// Every page shows the identity, and it changes perhaps once a year: each process keeps it. A change made by
// this server clears every worker's copy at once (sibling news); one made by another instance sharing the
// database shows within REMEMBER_MS.
const REMEMBER_MS = 10_000;
const NEWS = 'city-identity-changed';
let revision = 0;
const remembered = new WeakMap<Kysely<Database>, { at: number; revision: number; city: CityIdentity }>();
onSiblingNews(NEWS, () => (revision += 1));

/** Forgets the remembered identity here and in the server's other worker processes (call after changing it). */
export function cityIdentityChanged(): void {
  revision += 1;
  tellSiblingWorkers(NEWS);
}

/** The city's identity, remembered per database for REMEMBER_MS or until it changes. */
export async function rememberedCityIdentity(db: Kysely<Database>, now = Date.now()): Promise<CityIdentity> {
  const hit = remembered.get(db);
  if (hit && hit.revision === revision && now - hit.at <= REMEMBER_MS) return hit.city;
  const asked = revision;
  const city = await findCityIdentity(db);
  remembered.set(db, { at: now, revision: asked, city });
  return city;
}

/** Puts the city's identity in `c.var.city` for the pages' header, titles and default legal texts. */
export const loadCityIdentity: MiddlewareHandler<AppEnv> = async (c, next) => {
  let city: CityIdentity = { name: null, logoUploadId: null };
  // A database that does not answer must not turn pages that need no data (sign-in form, error pages)
  // into errors: they show "cocity" instead, and pages that need data report the outage themselves.
  if (!noPage.test(c.req.path)) city = await rememberedCityIdentity(c.var.deps.db).catch(() => city);
  c.set('city', city);
  await next();
};
