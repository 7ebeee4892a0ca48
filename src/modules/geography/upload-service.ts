import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { checkGeoJson, type CheckedFeature, type GeoJsonProblem } from '../../engines/maps/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { slugify } from '../../platform/slug.ts';
import type { GeographyLayerTable } from './tables.ts';

/** Largest GeoJSON file accepted (the whole request is limited to 3 MB). */
export const MAX_GEOJSON_BYTES = 2_500_000;

/** A refusal: a problem the engine found, or one of linking features to neighbourhoods. */
export type UploadProblem =
  | GeoJsonProblem
  | { code: 'tooLarge' | 'boundaryOneFeature'; feature: null }
  | { code: 'unknownNeighbourhood' | 'duplicateNeighbourhood' | 'noName'; feature: number; name: string };

type Result = { ok: true; areas: number; created: number; rewound: number } | { ok: false; field: 'areas' | 'boundary'; problem: UploadProblem };

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const normal = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('fr');

/** The feature's neighbourhood as the file names it: `slug`, then `name` (or `nom`, `name_fr`), and `name_en`. */
function featureNames(f: CheckedFeature) {
  const p = f.properties;
  const name = text(p.name) || text(p.nom) || text(p.name_fr);
  return { slug: text(p.slug), name, nameEn: text(p.name_en) || name };
}

/**
 * Replaces the neighbourhoods' shapes (and the boundary when a file is given) with an uploaded
 * FeatureCollection, after every check passed: a refused file changes nothing. Each feature is linked
 * to a neighbourhood by its `slug` property, else by its name in French or English; with
 * `createMissing`, a feature naming no known neighbourhood creates one.
 */
export async function replaceAreas(db: Kysely<Database>, admin: CurrentUser, areasText: string, boundaryText: string | null, createMissing: boolean): Promise<Result> {
  if (areasText.length > MAX_GEOJSON_BYTES) return { ok: false, field: 'areas', problem: { code: 'tooLarge', feature: null } };
  if (boundaryText && boundaryText.length > MAX_GEOJSON_BYTES) return { ok: false, field: 'boundary', problem: { code: 'tooLarge', feature: null } };
  const areas = checkGeoJson(areasText, 'areas');
  if (!areas.ok) return { ok: false, field: 'areas', problem: areas.problem };
  let boundary: CheckedFeature | null = null;
  if (boundaryText) {
    const checked = checkGeoJson(boundaryText, 'areas');
    if (!checked.ok) return { ok: false, field: 'boundary', problem: checked.problem };
    if (checked.value.features.length !== 1) return { ok: false, field: 'boundary', problem: { code: 'boundaryOneFeature', feature: null } };
    boundary = checked.value.features[0];
  }
  return db.transaction().execute(async (trx): Promise<Result> => {
    const hoods = await trx.selectFrom('neighbourhood').select(['id', 'slug', 'name_fr', 'name_en', 'position']).execute();
    const bySlug = new Map(hoods.map((h) => [h.slug, h.id]));
    const byName = new Map(hoods.flatMap((h) => [[normal(h.name_fr), h.id], [normal(h.name_en), h.id]] as const));
    let position = Math.max(-1, ...hoods.map((h) => h.position));
    const linked = new Map<string, number>();
    const now = new Date().toISOString();
    let created = 0;
    for (const f of areas.value.features) {
      const names = featureNames(f);
      let id = (names.slug && bySlug.get(names.slug)) || (names.name && byName.get(normal(names.name))) || null;
      if (!id && createMissing) {
        if (!names.name) return { ok: false, field: 'areas', problem: { code: 'noName', feature: f.index, name: names.slug } };
        id = randomUUID();
        const slug = names.slug || slugify(names.name) || `n-${f.index + 1}`;
        await trx.insertInto('neighbourhood').values({ id, slug, name_fr: names.name, name_en: names.nameEn, position: ++position }).execute();
        bySlug.set(slug, id);
        byName.set(normal(names.name), id);
        created += 1;
      }
      if (!id) return { ok: false, field: 'areas', problem: { code: 'unknownNeighbourhood', feature: f.index, name: names.slug || names.name } };
      if (linked.has(id)) return { ok: false, field: 'areas', problem: { code: 'duplicateNeighbourhood', feature: f.index, name: names.slug || names.name } };
      linked.set(id, f.index);
    }
    // Every check passed: the old shapes go, the new ones come, in one transaction.
    await trx.deleteFrom('geography_area').execute();
    await trx
      .insertInto('geography_area')
      .values(areas.value.features.map((f, i) => ({ neighbourhood_id: [...linked.keys()][i], geometry: JSON.stringify(f.geometry), updated_at: now })))
      .execute();
    if (boundary) {
      await trx.deleteFrom('geography_layer').where('kind', '=', 'boundary').execute();
      await trx.insertInto('geography_layer').values({ id: randomUUID(), kind: 'boundary', name: featureNames(boundary).name, geometry: JSON.stringify(boundary.geometry), position: 0, updated_at: now }).execute();
    }
    await recordAudit(trx, { userId: admin.id }, 'geography.areas.replace', { type: 'geography' }, { areas: linked.size, created, boundary: boundary !== null });
    return { ok: true, areas: linked.size, created, rewound: areas.value.rewound };
  });
}

/** Layer kinds the GIS office may upload for orientation. */
export const layerKinds = ['water', 'street', 'landmark'] as const satisfies readonly GeographyLayerTable['kind'][];
export type LayerKind = (typeof layerKinds)[number];

/** Replaces every layer of one kind with an uploaded FeatureCollection (names from `name`/`nom`); an empty text removes them. */
export async function replaceLayer(db: Kysely<Database>, admin: CurrentUser, kind: LayerKind, layerText: string | null): Promise<{ ok: true; features: number } | { ok: false; problem: UploadProblem }> {
  if (layerText && layerText.length > MAX_GEOJSON_BYTES) return { ok: false, problem: { code: 'tooLarge', feature: null } };
  const checked = layerText ? checkGeoJson(layerText, 'any') : null;
  if (checked && !checked.ok) return { ok: false, problem: checked.problem };
  const features = checked?.ok ? checked.value.features : [];
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('geography_layer').where('kind', '=', kind).execute();
    if (features.length)
      await trx
        .insertInto('geography_layer')
        .values(features.map((f, i) => ({ id: randomUUID(), kind, name: featureNames(f).name, geometry: JSON.stringify(f.geometry), position: i, updated_at: now })))
        .execute();
    await recordAudit(trx, { userId: admin.id }, features.length ? 'geography.layer.replace' : 'geography.layer.remove', { type: 'geography' }, { kind, features: features.length });
  });
  return { ok: true, features: features.length };
}
