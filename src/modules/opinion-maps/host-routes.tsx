import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FormValues } from '../../platform/form.ts';
import { isAdmin, requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { addSeedStatement, hostActor, moderateStatement, saveSetup, setupSchema } from './host-service.ts';
import { loadMapContext, type MapContext } from './map-context.ts';
import { forgetPastNetworks, pseudonymOrigins } from './pseudonym-origin.ts';
import { listOrganisations, listStatements } from './queries.ts';
import { ManagePage } from './views/manage-page.tsx';

/** The host's pages of a map (city admins, or owners/admins of the host organisation). */
export const hostRoutes = new Hono<AppEnv>();

async function loadAsHost(c: Context<AppEnv>): Promise<MapContext> {
  const map = await loadMapContext(c.var.deps.db, c.var.user, c.req.param('id') ?? '');
  requireResident(c.var.user);
  if (!(await hostActor(c.var.deps.db, c.var.user, map))) throw forbidden();
  return map;
}

const setupValues = (map: MapContext): FormValues => {
  const m = map.map;
  return {
    question_fr: m.question_fr,
    question_en: m.question_en,
    context_fr: m.context_fr,
    context_en: m.context_en,
    moderation: m.moderation,
    max_length: String(m.max_length),
    participation: m.participation,
    host_organisation_id: m.host_organisation_id ?? '',
  };
};

async function renderManage(c: Context<AppEnv>, map: MapContext, forms: { setup?: FormState; seed?: FormState }, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  await forgetPastNetworks(db);
  const [statements, organisations, origins] = await Promise.all([listStatements(db, map.component.id), isAdmin(c.var.user) ? listOrganisations(db) : null, pseudonymOrigins(db, map.component.id)]);
  return c.html(
    <ManagePage
      ctx={pageContext(c)}
      component={map.component}
      processSlug={map.detail.process.slug}
      statements={statements}
      setup={forms.setup ?? emptyForm(setupValues(map))}
      seed={forms.seed ?? emptyForm()}
      organisations={organisations}
      origins={map.map.participation === 'pseudonymous' || origins.pseudonymous > 0 ? origins : null}
    />,
    status,
  );
}

const translate = (c: Context<AppEnv>, errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, c.var.t(key)]));

hostRoutes.get('/:id/manage', async (c) => renderManage(c, await loadAsHost(c), {}));

hostRoutes.post('/:id/manage', async (c) => {
  const map = await loadAsHost(c);
  const values = await readForm(c);
  const parsed = validateValues(values, setupSchema, c.var.t);
  if (!parsed.ok) return renderManage(c, map, { setup: { values, errors: parsed.errors } }, 400);
  const result = await saveSetup(c.var.deps.db, c.var.user, map, parsed.data);
  if (!result.ok) return renderManage(c, map, { setup: { values, errors: translate(c, result.errors) } }, 400);
  setFlash(c, 'flash.saved');
  return c.redirect(`/opinion-maps/${map.component.id}/manage`, 303);
});

hostRoutes.post('/:id/manage/seed', async (c) => {
  const map = await loadAsHost(c);
  const values = await readForm(c);
  const body = typeof values.body === 'string' ? values.body : '';
  const result = await addSeedStatement(c.var.deps.db, c.var.user, map, body);
  if (!result.ok) return renderManage(c, map, { seed: { values, errors: translate(c, result.errors) } }, 400);
  setFlash(c, 'opinion.flash.seedAdded');
  return c.redirect(`/opinion-maps/${map.component.id}/manage#opinion-seed`, 303);
});

const moderationAction = z.enum(['approve', 'hide', 'show']);

hostRoutes.post('/:id/statements/:statementId/moderate', async (c) => {
  const map = await loadAsHost(c);
  const values = await readForm(c);
  const action = moderationAction.safeParse(values.action);
  if (!action.success) return renderManage(c, map, {}, 400);
  await moderateStatement(c.var.deps.db, c.var.user, map, c.req.param('statementId'), action.data);
  setFlash(c, 'opinion.flash.moderated');
  return c.redirect(`/opinion-maps/${map.component.id}/manage#opinion-moderation`, 303);
});
