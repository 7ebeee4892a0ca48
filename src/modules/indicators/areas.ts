import type { Kysely } from 'kysely';
import type { Locale } from '../../config.ts';
import type { Database } from '../../db/schema.ts';
import { localized, translator } from '../../platform/i18n/index.ts';
import { listNeighbourhoods } from '../processes/index.ts';

/** The key of the whole city among the areas (neighbourhoods are keyed by their slug). */
export const CITY = 'city';

/** An area values are given for: the whole city or one neighbourhood. */
export interface Area {
  key: string;
  name_fr: string;
  name_en: string;
}

/** The city first, then every neighbourhood in the admins' order. */
export async function listAreas(db: Kysely<Database>): Promise<Area[]> {
  const hoods = await listNeighbourhoods(db);
  return [{ key: CITY, name_fr: translator('fr')('indicators.area.city'), name_en: translator('en')('indicators.area.city') }, ...hoods.map((n) => ({ key: n.slug, name_fr: n.name_fr, name_en: n.name_en }))];
}

/** An area's name in the reader's language. */
export const areaName = (locale: Locale, area: Area): string => localized(locale, area.name_fr, area.name_en);
