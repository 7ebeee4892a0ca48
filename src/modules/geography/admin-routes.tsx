import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { localized } from '../../platform/i18n/index.ts';
import { adminOnly, requireAdmin } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { renderMapSvg } from '../../engines/maps/index.ts';
import { loadCityMap } from './city-map.ts';
import { problemMessage } from './problems.ts';
import { layerKinds, replaceAreas, replaceLayer, type LayerKind } from './upload-service.ts';
import { GeographyAdminPage } from './views/admin-page.tsx';

/** /admin/geography: the GIS office uploads the neighbourhoods' outlines, the boundary and landmark layers. */
export const geographyAdminRoutes = new Hono<AppEnv>();
geographyAdminRoutes.use(adminOnly);

async function renderPage(c: Context<AppEnv>, forms: { areas?: FormState; layer?: FormState } = {}, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const { locale, t } = c.var;
  const [hoods, shaped, layers, city] = await Promise.all([
    db.selectFrom('neighbourhood').select(['id', 'name_fr', 'name_en']).orderBy('position').orderBy('name_fr').execute(),
    db.selectFrom('geography_area').select('neighbourhood_id').execute(),
    db.selectFrom('geography_layer').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('kind').execute(),
    loadCityMap(db, locale),
  ]);
  const withShape = new Set(shaped.map((s) => s.neighbourhood_id));
  const mapSvg = city ? renderMapSvg(city.map, { id: 'geography-admin-map', title: t('geography.admin.title') }) : null;
  return c.html(
    <GeographyAdminPage
      ctx={pageContext(c)}
      status={{ neighbourhoods: hoods.map((h) => ({ id: h.id, name: localized(locale, h.name_fr, h.name_en), hasShape: withShape.has(h.id) })), layers: layers.map((l) => ({ kind: l.kind, count: Number(l.n) })), mapSvg }}
      areasForm={forms.areas ?? emptyForm()}
      layerForm={forms.layer ?? emptyForm({ kind: 'water' })}
    />,
    status,
  );
}

// The one file field of a multipart form, read as text (an empty file input gives null).
async function fileText(c: Context<AppEnv>, field: string): Promise<string | null> {
  const body = await c.req.parseBody({ all: true });
  const parts = Array.isArray(body[field]) ? body[field] : [body[field]];
  const file = parts.find((p): p is File => typeof p === 'object' && p !== null && p.size > 0);
  return file ? file.text() : null;
}

geographyAdminRoutes.get('/', (c) => renderPage(c));

geographyAdminRoutes.post('/areas', async (c) => {
  const admin = requireAdmin(c.var.user);
  const body = await c.req.parseBody();
  const createMissing = body.create_missing === 'on';
  const values: Record<string, string> = createMissing ? { create_missing: 'on' } : {};
  const areas = await fileText(c, 'areas');
  if (!areas) return renderPage(c, { areas: { values, errors: { areas: c.var.t('geography.admin.noFile') } } }, 400);
  const result = await replaceAreas(c.var.deps.db, admin, areas, await fileText(c, 'boundary'), createMissing);
  if (!result.ok) return renderPage(c, { areas: { values, errors: { [result.field]: problemMessage(c.var.t, result.problem) } } }, 400);
  setFlash(c, 'geography.admin.saved');
  return c.redirect('/admin/geography', 303);
});

geographyAdminRoutes.post('/layers', async (c) => {
  const admin = requireAdmin(c.var.user);
  const body = await c.req.parseBody();
  const kind = layerKinds.find((k) => k === body.kind);
  if (!kind) return renderPage(c, { layer: { values: {}, errors: { kind: c.var.t('geography.admin.layerKind') } } }, 400);
  const result = await replaceLayer(c.var.deps.db, admin, kind as LayerKind, await fileText(c, 'file'));
  if (!result.ok) return renderPage(c, { layer: { values: { kind }, errors: { file: problemMessage(c.var.t, result.problem) } } }, 400);
  setFlash(c, 'geography.admin.layerSaved');
  return c.redirect('/admin/geography', 303);
});
