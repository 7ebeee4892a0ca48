import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, type FormValues } from '../../platform/form.ts';
import { adminOnly } from '../../platform/session.ts';
import { emptyForm } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { loadCityMap } from '../geography/index.ts';
import { loadParticipation } from './page-data.ts';
import { participationMap } from './participation-map.ts';
import { differentialPrivacyOn, listNeighbourhoodPopulations } from './queries.ts';
import { readPopulationForm } from './population-form.ts';
import { saveParticipationSettings } from './service.ts';
import { ParticipationAdminPage } from './views/admin-page.tsx';
import { ParticipationPage } from './views/participation-page.tsx';

/** `GET /participation`: who takes part, per neighbourhood, for a year. */
export const participationRoutes = new Hono<AppEnv>();

participationRoutes.get('/', async (c) => {
  const [view, city] = await Promise.all([loadParticipation(c, c.req.query('year')), loadCityMap(c.var.deps.db, c.var.locale)]);
  const map = city ? participationMap(c.var.t, c.var.locale, city, view) : null;
  return c.html(<ParticipationPage ctx={pageContext(c)} view={view} map={map} />);
});

/** `/admin/participation`: populations and the noise switch (city admins only). */
export const participationAdminRoutes = new Hono<AppEnv>();
participationAdminRoutes.use('*', adminOnly);

participationAdminRoutes.get('/', async (c) => {
  const { db } = c.var.deps;
  const [hoods, dp] = await Promise.all([listNeighbourhoodPopulations(db), differentialPrivacyOn(db)]);
  const values: FormValues = dp ? { differentialPrivacy: 'on' } : {};
  for (const h of hoods) {
    values[`population-${h.id}`] = h.population === null ? '' : String(h.population);
    values[`year-${h.id}`] = h.reference_year ?? '';
  }
  return c.html(<ParticipationAdminPage ctx={pageContext(c)} hoods={hoods} state={emptyForm(values)} />);
});

participationAdminRoutes.post('/', async (c) => {
  const { db } = c.var.deps;
  const hoods = await listNeighbourhoodPopulations(db);
  const values = await readForm(c);
  const read = readPopulationForm(hoods, values);
  if (!read.ok) {
    const errors = Object.fromEntries(Object.entries(read.errors).map(([f, key]) => [f, c.var.t(key)]));
    return c.html(<ParticipationAdminPage ctx={pageContext(c)} hoods={hoods} state={{ values, errors }} />, 400);
  }
  await saveParticipationSettings(db, c.var.user!.id, read.populations, values.differentialPrivacy === 'on');
  setFlash(c, 'participation.admin.saved');
  return c.redirect('/admin/participation', 303);
});
