import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm, validateValues, type FieldErrors } from '../../platform/form.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { requireProcessParam, translateErrors } from './admin-requests.ts';
import { findManifest } from './components/registry.ts';
import { addComponent, removeComponent, requireComponent, updateComponent } from './components/service.ts';
import { parseSettingsForm, settingsFormValues } from './components/settings-form.ts';
import { listPhases, loadProcessDetail } from './queries.ts';
import { componentNamesSchema, newComponentSchema } from './schemas.ts';
import { AdminProcessPage } from './views/admin-process-page.tsx';
import { ComponentFormPage } from './views/component-form-page.tsx';

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

const renderEdit = (c: Context<AppEnv>, e: Editing, state: FormState, status: 200 | 400 = 200) =>
  c.html(<ComponentFormPage ctx={pageContext(c)} state={state} {...e} />, status);

adminComponentRoutes.post('/:id/components', async (c) => {
  const process = await requireProcessParam(c);
  const parsed = await parseForm(c, newComponentSchema, c.var.t);
  const refused = async (state: FormState) => {
    const detail = await loadProcessDetail(c.var.deps.db, process);
    return c.html(<AdminProcessPage ctx={pageContext(c)} detail={detail} addForm={state} types={c.var.deps.modules} />, 400);
  };
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

adminComponentRoutes.post('/:id/components/:componentId/delete', async (c) => {
  const process = await requireProcessParam(c);
  await removeComponent(c.var.deps.db, c.var.user, process.id, c.req.param('componentId'));
  setFlash(c, 'processes.flash.componentRemoved');
  return c.redirect(`/admin/processes/${process.id}`, 303);
});
