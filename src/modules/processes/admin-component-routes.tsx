import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, validateValues, type FieldErrors } from '../../platform/form.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { renderAdminProcessPage } from './admin-render.tsx';
import { requireProcessParam, translateErrors } from './admin-requests.ts';
import { findManifest } from './components/registry.ts';
import { addComponent, removeComponent, requireComponent, setComponentPublished, updateComponent } from './components/service.ts';
import { parseSettingsForm, settingsFormValues } from './components/settings-form.ts';
import { componentParticipation } from './participation.ts';
import { listPhases } from './queries.ts';
import { componentNamesSchema, newComponentSchema } from './schemas.ts';
import { ComponentFormPage } from './views/component-form-page.tsx';
import { ComponentRemovePage } from './views/removal-pages.tsx';

/** Admin pages of a process's components, under `/admin/processes/:id/components`. */
export const adminComponentRoutes = new Hono<AppEnv>();


async function loadEditing(c: Context<AppEnv>) {
  const process = await requireProcessParam(c);
  const component = await requireComponent(c.var.deps.db, process.id, c.req.param('componentId') ?? '');
  const manifest = findManifest(c.var.deps.modules, component.type);
  if (!manifest) throw notFound();
  const phases = await listPhases(c.var.deps.db, process.id);
  return { process, component, manifest, phases };
}

type Editing = Awaited<ReturnType<typeof loadEditing>>;

async function renderEdit(c: Context<AppEnv>, e: Editing, state: FormState, status: 200 | 400 = 200) {
  const held = await componentParticipation(c.var.deps.db, c.var.deps.modules, e.component);
  return c.html(<ComponentFormPage ctx={pageContext(c)} state={state} held={held} {...e} />, status);
}

adminComponentRoutes.post('/:id/components', async (c) => {
  const process = await requireProcessParam(c);
  const parsed = await parseForm(c, newComponentSchema, c.var.t);
  const refused = (state: FormState) => renderAdminProcessPage(c, process, state, 400);
  if (!parsed.ok) return refused(parsed);
  const result = await addComponent(c.var.deps, c.var.user, process.id, parsed.data);
  if (!result.ok) return refused({ values: parsed.values, errors: translateErrors(result.errors, c.var.t) });
  setFlash(c, 'processes.flash.componentAdded');
  return c.redirect(`/admin/processes/${process.id}/components/${result.value.id}`, 303);
});

adminComponentRoutes.get('/:id/components/:componentId', async (c) => {
  const e = await loadEditing(c);
  const phaseIds = e.phases.map((p) => p.id);
  const content = e.manifest.content ? await e.manifest.content.load(c.var.deps.db, e.component.id) : {};
  const values = { name_fr: e.component.name_fr, name_en: e.component.name_en, ...content, ...settingsFormValues(e.manifest, e.component.settings, phaseIds) };
  return renderEdit(c, e, emptyForm(values));
});

adminComponentRoutes.post('/:id/components/:componentId', async (c) => {
  const e = await loadEditing(c);
  const { t } = c.var;
  const values = await readForm(c);
  const names = validateValues(values, componentNamesSchema, t);
  const content = e.manifest.content ? validateValues(values, e.manifest.content.schema, t) : null;
  const settings = parseSettingsForm(e.manifest, e.phases.map((p) => p.id), values, t);
  const errors: FieldErrors = { ...(names.ok ? {} : names.errors), ...(content && !content.ok ? content.errors : {}), ...(settings.ok ? {} : settings.errors) };
  if (!names.ok || (content && !content.ok) || !settings.ok) return renderEdit(c, e, { values, errors }, 400);
  await updateComponent(c.var.deps, c.var.user, e.process.id, e.component.id, {
    names: names.data,
    settings: settings.settings,
    content: content && content.ok ? content.data : null,
  });
  setFlash(c, 'flash.saved');
  return c.redirect(`/admin/processes/${e.process.id}/components/${e.component.id}`, 303);
});

// A component whose type is no longer installed can still be removed (when it holds nothing), so no manifest is required here.
async function loadRemovable(c: Context<AppEnv>) {
  const process = await requireProcessParam(c);
  return { process, component: await requireComponent(c.var.deps.db, process.id, c.req.param('componentId') ?? '') };
}

async function renderRemoval(c: Context<AppEnv>, e: Awaited<ReturnType<typeof loadRemovable>>, unconfirmed: boolean, status: 200 | 400 | 409) {
  const held = await componentParticipation(c.var.deps.db, c.var.deps.modules, e.component);
  return c.html(<ComponentRemovePage ctx={pageContext(c)} process={e.process} component={e.component} held={held} unconfirmed={unconfirmed} />, status);
}

adminComponentRoutes.get('/:id/components/:componentId/delete', async (c) => renderRemoval(c, await loadRemovable(c), false, 200));

adminComponentRoutes.post('/:id/components/:componentId/delete', async (c) => {
  const e = await loadRemovable(c);
  if (!isConfirmed(await readForm(c))) return renderRemoval(c, e, true, 400);
  const result = await removeComponent(c.var.deps, c.var.user, e.process.id, e.component.id);
  if (!result.ok) return renderRemoval(c, e, false, 409);
  setFlash(c, 'processes.flash.componentRemoved');
  return c.redirect(`/admin/processes/${e.process.id}`, 303);
});

// Unpublishing is the way to take away a component people took part in: reversible, so no confirmation step.
for (const [path, published] of [['publish', true], ['unpublish', false]] as const) {
  adminComponentRoutes.post(`/:id/components/:componentId/${path}`, async (c) => {
    const process = await requireProcessParam(c);
    const componentId = c.req.param('componentId') ?? '';
    await setComponentPublished(c.var.deps.db, c.var.user, process.id, componentId, published);
    setFlash(c, published ? 'processes.flash.componentPublished' : 'processes.flash.componentUnpublished');
    return c.redirect(`/admin/processes/${process.id}/components/${componentId}`, 303);
  });
}
