import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { belleriveBoundary, belleriveNeighbourhoods, belleriveWater } from '../../seed/bellerive-geography.ts';
import { neighbourhoods } from '../../seed/bellerive.ts';

let ctx: TestContext;
let admin: TestClient;

const file = (name: string, content: unknown) => new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/geo+json' });
function areasForm(areas: unknown, extra: Record<string, string | File> = {}): FormData {
  const form = new FormData();
  form.append('areas', file('quartiers.geojson', areas));
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}
const storedAreas = async () => ctx.deps.db.selectFrom('geography_area').select(['neighbourhood_id', 'geometry']).execute();

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.deps.db.insertInto('neighbourhood').values(neighbourhoods.map((n, position) => ({ id: randomUUID(), slug: n.slug, name_fr: n.fr, name_en: n.en, position }))).execute();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

describe('the city geography', () => {
  it('answers an empty FeatureCollection before the GIS office uploads anything', async () => {
    const res = await ctx.client().get('/api/v1/geography');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('refuses a file with a broken feature, names its index, and keeps nothing', async () => {
    const broken = structuredClone(belleriveNeighbourhoods);
    broken.features[2].geometry.coordinates[0].pop(); // the ring is no longer closed
    const res = await admin.postMultipart('/admin/geography/areas', areasForm(broken));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Objet n° 3 (features[2])\u202f: l’anneau 0 n’est pas fermé');
    expect(await storedAreas()).toEqual([]);
  });

  it('refuses a feature naming no known neighbourhood unless asked to create it, in one transaction', async () => {
    const extra = structuredClone(belleriveNeighbourhoods);
    extra.features.push({ type: 'Feature', properties: { name: 'La Presqu’île' }, geometry: { type: 'Polygon', coordinates: [[[4.87, 45.76], [4.88, 45.76], [4.88, 45.77], [4.87, 45.76]]] } });
    const refused = await admin.postMultipart('/admin/geography/areas', areasForm(extra));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Objet n° 6 (features[5])\u202f: aucun quartier ne s’appelle « La Presqu’île »');
    expect(await storedAreas()).toEqual([]);

    const created = await admin.postMultipart('/admin/geography/areas', areasForm(extra, { create_missing: 'on' }));
    expect(created.status).toBe(303);
    const hood = await ctx.deps.db.selectFrom('neighbourhood').selectAll().where('name_fr', '=', 'La Presqu’île').executeTakeFirstOrThrow();
    expect(hood.slug).toBe('la-presqu-ile');
    expect(await storedAreas()).toHaveLength(6);
  });

  it('replaces every outline with an upload, keeps the boundary and water, and serves them as GeoJSON', async () => {
    const res = await admin.postMultipart('/admin/geography/areas', areasForm(belleriveNeighbourhoods, { boundary: file('limite.geojson', belleriveBoundary) }));
    expect(res.status).toBe(303);
    const water = new FormData();
    water.append('kind', 'water');
    water.append('file', file('sorne.geojson', belleriveWater));
    expect((await admin.postMultipart('/admin/geography/layers', water)).status).toBe(303);

    const api = await ctx.client().get('/api/v1/geography');
    expect(api.headers.get('content-type')).toContain('application/geo+json');
    const body = (await api.json()) as { type: string; features: { properties: { slug: string; name: string }; geometry: { type: string } }[] };
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f) => f.properties.slug)).toEqual(['vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts']);
    expect(body.features[0].properties.name).toBe('Vieux-Port');
    expect(body.features.every((f) => f.geometry.type === 'Polygon')).toBe(true);

    const english = await ctx.client().get('/api/v1/geography?lang=en');
    expect(((await english.json()) as typeof body).features[0].properties.name).toBe('Old Harbour');

    const page = await (await admin.get('/admin/geography')).text();
    expect(page).toMatch(/<svg [^>]*role="img" aria-labelledby="geography-admin-map-title"/);
    expect(page).toContain('Cours d’eau\u202f: 1 objet(s)');
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('action', 'like', 'geography.%').execute();
    expect(audit.map((a) => a.action)).toContain('geography.areas.replace');
  });

  it('marks a neighbourhood named only in French on the English map, and no other', async () => {
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('slug', '=', 'les-tilleuls').execute();
    const english = await (await admin.get('/admin/geography?lang=en')).text();
    expect(english).toMatch(/<text [^>]*><tspan lang="fr">Les Tilleuls<\/tspan><\/text>/);
    expect(english).toMatch(/<text [^>]*>Old Harbour<\/text>/);
    const french = await (await admin.get('/admin/geography?lang=fr')).text();
    expect(french).toMatch(/<text [^>]*>Les Tilleuls<\/text>/);
    expect(french).not.toContain('<tspan lang=');
  });

  it('lists the operation in the OpenAPI document and keeps the upload page to admins', async () => {
    const doc = (await (await ctx.client().get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/geography']).toBeDefined();
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get('/admin/geography')).status).toBe(403);
    expect((await resident.postMultipart('/admin/geography/areas', areasForm(belleriveNeighbourhoods))).status).toBe(403);
  });
});
