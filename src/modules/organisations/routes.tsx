import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm } from '../../platform/form.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { creationSchema, listFilterSchema, organisationSchema } from './input.ts';
import { membershipRoutes } from './membership-routes.tsx';
import { listNeighbourhoods } from '../processes/index.ts';
import { organisationRateRules } from './policy.ts';
import { renderOrganisationPage, translateErrors } from './page-renderers.tsx';
import * as q from './queries.ts';
import { createOrganisation, requireManagedOrganisation, setVerified, updateOrganisation } from './service.ts';
import { OrganisationFormPage } from './views/organisation-form-page.tsx';
import { OrganisationListPage } from './views/organisation-list-page.tsx';

/** Every page of the organisations module, mounted at /organisations. */
export const organisationRoutes = new Hono<AppEnv>();

// Membership pages first: "/invitations" must not be read as an organisation's slug.
organisationRoutes.route('/', membershipRoutes);

organisationRoutes.get('/', async (c) => {
  const filter = listFilterSchema.parse({ kind: c.req.query('kind'), neighbourhood: c.req.query('neighbourhood') });
  const { db } = c.var.deps;
  const [organisations, neighbourhoods] = await Promise.all([q.listOrganisations(db, { kind: filter.kind, neighbourhoodId: filter.neighbourhood }), listNeighbourhoods(db)]);
  return c.html(<OrganisationListPage ctx={pageContext(c)} organisations={organisations} neighbourhoods={neighbourhoods} filter={filter} />);
});

async function renderForm(c: Context<AppEnv>, state: FormState, editing?: { slug: string; name: string }) {
  const neighbourhoods = await listNeighbourhoods(c.var.deps.db);
  const status = Object.keys(state.errors).length > 0 ? 400 : 200;
  return c.html(<OrganisationFormPage ctx={pageContext(c)} state={state} neighbourhoods={neighbourhoods} editing={editing} />, status);
}

organisationRoutes.get('/new', async (c) => {
  requireResident(c.var.user);
  // Whoever writes on the English page most likely writes in English: the form proposes the page's language.
  return renderForm(c, emptyForm({ kind: 'association', descriptionLanguage: c.var.locale }));
});

organisationRoutes.post('/', async (c) => {
  const resident = requireResident(c.var.user);
  const form = await parseForm(c, creationSchema, c.var.t);
  if (!form.ok) return renderForm(c, form);
  await enforceRateLimit(c, organisationRateRules.create, resident.id);
  const result = await createOrganisation(c.var.deps.db, c.var.user, form.data);
  if (!result.ok) return renderForm(c, { values: form.values, errors: translateErrors(c, result.errors) });
  setFlash(c, 'org.flash.created');
  return c.redirect(`/organisations/${result.value}`, 303);
});

organisationRoutes.get('/:slug', (c) => renderOrganisationPage(c, c.req.param('slug')));

organisationRoutes.get('/:slug/edit', async (c) => {
  const { organisation: o } = await requireManagedOrganisation(c.var.deps.db, c.var.user, c.req.param('slug'));
  const values = { name: o.name, kind: o.kind, description: o.description, descriptionLanguage: o.description_language, website: o.website ?? '', neighbourhoodId: o.neighbourhood_id ?? '' };
  return renderForm(c, emptyForm(values), { slug: o.slug, name: o.name });
});

organisationRoutes.post('/:slug/edit', async (c) => {
  const { db } = c.var.deps;
  const { organisation: o } = await requireManagedOrganisation(db, c.var.user, c.req.param('slug'));
  const form = await parseForm(c, organisationSchema, c.var.t);
  if (!form.ok) return renderForm(c, form, { slug: o.slug, name: o.name });
  const result = await updateOrganisation(db, c.var.user, o.slug, form.data);
  if (!result.ok) return renderForm(c, { values: form.values, errors: translateErrors(c, result.errors) }, { slug: o.slug, name: o.name });
  setFlash(c, 'flash.saved');
  return c.redirect(`/organisations/${o.slug}`, 303);
});

for (const [path, verified] of [['verify', true], ['unverify', false]] as const) {
  organisationRoutes.post(`/:slug/${path}`, async (c) => {
    const slug = c.req.param('slug');
    await setVerified(c.var.deps.db, c.var.user, slug, verified);
    setFlash(c, verified ? 'org.flash.verified' : 'org.flash.unverified');
    return c.redirect(`/organisations/${slug}`, 303);
  });
}
