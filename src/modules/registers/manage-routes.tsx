import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FormValues } from '../../platform/form.ts';
import { requireResident } from '../../platform/session.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { fieldsOf, type EntryType } from './fields.ts';
import { idsOf } from './present.ts';
import { editableDepartmentIds, findEntry, loadLookups, type EntryRow } from './queries.ts';
import { saveEntry } from './service.ts';
import { entrySchema, type EntryInput } from './validation.ts';
import { EntryFormPage } from './views/entry-form-page.tsx';

/** Forms to file and edit register entries (department editors and admins), mounted under `/registers`. */
export const entryManagementRoutes = new Hono<AppEnv>();

/** The stored entry as form values (lists as arrays, flags as "on", numbers as text). */
export function entryFormValues(type: EntryType, row: EntryRow): FormValues {
  const record = row as unknown as Record<string, string | number | null>;
  const values: FormValues = {};
  for (const spec of fieldsOf(type)) {
    const v = record[spec.name];
    if (spec.kind === 'vocab') values[spec.name] = idsOf(String(v ?? ''));
    else if (spec.kind === 'flag') values[spec.name] = Number(v) === 1 ? 'on' : '';
    else values[spec.name] = v === null || v === undefined ? '' : String(v);
  }
  return values;
}

// Only people who edit at least one department see the forms; the service checks the department itself.
async function editorDepartments(c: Context<AppEnv>): Promise<string[]> {
  const user = requireResident(c.var.user);
  const ids = await editableDepartmentIds(c.var.deps.db, user);
  if (ids.length === 0) throw forbidden();
  return ids;
}

async function renderForm(c: Context<AppEnv>, type: EntryType, state: FormState, entryId: string | null, status: 200 | 400 = 200) {
  const departmentIds = await editorDepartments(c);
  const lookups = await loadLookups(c.var.deps.db);
  return c.html(<EntryFormPage ctx={pageContext(c)} type={type} state={state} options={{ lookups, departmentIds }} entryId={entryId} />, status);
}

async function submit(c: Context<AppEnv>, type: EntryType, entryId: string | null) {
  await editorDepartments(c);
  const { t, deps, user } = c.var;
  const values = await readForm(c);
  const parsed = validateValues(values, entrySchema(type), t);
  if (!parsed.ok) return renderForm(c, type, { values, errors: parsed.errors }, entryId, 400);
  const result = await saveEntry(deps.db, user, type, entryId, parsed.data as EntryInput);
  if (!result.ok) return renderForm(c, type, { values, errors: Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(v)])) }, entryId, 400);
  setFlash(c, entryId ? 'registers.flash.saved' : 'registers.flash.created');
  return c.redirect(`/registers/${type}s/${result.value.id}`, 303);
}

for (const type of ['sensor', 'algorithm'] as const) {
  entryManagementRoutes.get(`/${type}s/new`, async (c) => {
    const departments = await editorDepartments(c);
    const defaults: FormValues = { status: 'planned', department_id: departments.length === 1 ? departments[0] : '' };
    return renderForm(c, type, emptyForm(defaults), null);
  });
  entryManagementRoutes.post(`/${type}s/new`, (c) => submit(c, type, null));
  entryManagementRoutes.get(`/${type}s/:id/edit`, async (c) => {
    const row = await findEntry(c.var.deps.db, type, c.req.param('id'));
    if (!row) throw notFound();
    if (!(await editorDepartments(c)).includes(row.department_id)) throw forbidden();
    return renderForm(c, type, emptyForm(entryFormValues(type, row)), row.id);
  });
  entryManagementRoutes.post(`/${type}s/:id/edit`, (c) => submit(c, type, c.req.param('id')));
}
