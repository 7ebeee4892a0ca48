import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { notFound } from '../../platform/errors.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { adminOnly } from '../../platform/session.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { listDepartments, listEditors } from './queries.ts';
import { addEditor, createDepartment, removeEditor } from './service.ts';
import { RegistersAdminPage } from './views/admin-page.tsx';
import { EditorRemovalPage } from './views/editor-removal.tsx';

/** Admin page of the registers: departments and their editors, mounted at `/admin/registers`. */
export const registerAdminRoutes = new Hono<AppEnv>();
registerAdminRoutes.use(adminOnly);

const departmentForm = z.object({
  name_fr: z.string().trim().min(1).max(150),
  name_en: z.string().trim().max(150).default(''),
  organisation: z.string().trim().min(1).max(150),
  department_email: z.union([z.literal(''), z.email()]).default(''),
});
const editorForm = z.object({ department_id: z.string().min(1).max(64), email: z.email() });

async function render(c: Context<AppEnv>, forms: { department?: FormState; editor?: FormState } = {}, status: 200 | 400 = 200) {
  const { db } = c.var.deps;
  const [departments, editors] = await Promise.all([listDepartments(db), listEditors(db)]);
  return c.html(
    <RegistersAdminPage ctx={pageContext(c)} departments={departments} editors={editors} departmentForm={forms.department ?? emptyForm()} editorForm={forms.editor ?? emptyForm()} />,
    status,
  );
}

registerAdminRoutes.get('/', (c) => render(c));

registerAdminRoutes.post('/departments', async (c) => {
  const form = await parseForm(c, departmentForm, c.var.t);
  if (!form.ok) return render(c, { department: form }, 400);
  const { department_email, ...rest } = form.data;
  await createDepartment(c.var.deps.db, c.var.user, { ...rest, email: department_email });
  setFlash(c, 'registers.flash.departmentCreated');
  return c.redirect('/admin/registers', 303);
});

registerAdminRoutes.post('/editors', async (c) => {
  const form = await parseForm(c, editorForm, c.var.t);
  if (!form.ok) return render(c, { editor: form }, 400);
  const result = await addEditor(c.var.deps.db, c.var.user, form.data.department_id, form.data.email);
  if (!result.ok) return render(c, { editor: { values: form.values, errors: Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, c.var.t(v)])) } }, 400);
  setFlash(c, 'registers.flash.editorAdded');
  return c.redirect('/admin/registers', 303);
});

registerAdminRoutes.post('/departments/:department/editors/:user/remove', async (c) => {
  if (!isConfirmed(await readForm(c))) {
    const { db } = c.var.deps;
    const [departments, editors] = await Promise.all([listDepartments(db), listEditors(db)]);
    const department = departments.find((d) => d.id === c.req.param('department'));
    const editor = editors.find((e) => e.department_id === department?.id && e.user_id === c.req.param('user'));
    if (!department || !editor) throw notFound();
    return c.html(<EditorRemovalPage ctx={pageContext(c)} removal={{ department, editor }} />, 400);
  }
  await removeEditor(c.var.deps.db, c.var.user, c.req.param('department'), c.req.param('user'));
  setFlash(c, 'registers.flash.editorRemoved');
  return c.redirect('/admin/registers', 303);
});
