import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import '../db/tables/city.ts';
import type { AppEnv } from './context.ts';

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

/** Puts the city's identity in `c.var.city` for the pages' header, titles and default legal texts. */
export const loadCityIdentity: MiddlewareHandler<AppEnv> = async (c, next) => {
  let city: CityIdentity = { name: null, logoUploadId: null };
  // A database that does not answer must not turn pages that need no data (sign-in form, error pages)
  // into errors: they show "cocity" instead, and pages that need data report the outage themselves.
  if (!noPage.test(c.req.path)) city = await findCityIdentity(c.var.deps.db).catch(() => city);
  c.set('city', city);
  await next();
};
