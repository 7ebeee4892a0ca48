import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ExportSection } from '../accounts/index.ts';
import { currentTermsVersion, latestTermsAcceptance } from './queries.ts';

/** Whether a person must accept the terms of use again: they never did, or an admin asked everyone to since. */
export async function mustAcceptTerms(db: Kysely<Database>, userId: string): Promise<boolean> {
  const accepted = await latestTermsAcceptance(db, userId);
  return !accepted || accepted.version < (await currentTermsVersion(db));
}

/** Where a person accepts the new terms, then goes on to `next` (a local path, checked again there). */
export const termsAcceptancePath = (next: string): string => `/legal/terms/accept?next=${encodeURIComponent(next)}`;

/** "Download my data": which versions of the terms the person accepted, and when. */
export const termsAcceptanceExport: ExportSection = async (db, userId) => [
  'termsOfUse',
  await db.selectFrom('terms_acceptance').select(['version', 'accepted_at as acceptedAt']).where('user_id', '=', userId).orderBy('version').execute(),
];
