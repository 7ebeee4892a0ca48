import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { readImageField } from '../../platform/uploads.ts';
import { requireAdmin } from '../../platform/session.ts';
import { attachmentFormValues, listAttachments, readAttachmentForm } from '../attachments/index.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { renderAdminProcessPage } from './admin-render.tsx';
import { requireProcessParam, translateErrors } from './admin-requests.ts';
import { processParticipation } from './participation.ts';
import { listNeighbourhoods, listProcessSummaries, loadProcessDetail, processNeighbourhoodIds } from './queries.ts';
import { processSchema } from './schemas.ts';
import { createProcess, deleteProcess, setProcessPublished, updateProcess, type ProcessWriteContext } from './service.ts';
import type { ProcessRow } from './types.ts';
import { imageErrors } from './uploads.ts';
import { AdminListPage } from './views/admin-list-page.tsx';
import { ProcessFormPage } from './views/process-form-page.tsx';
import { ProcessDeletePage } from './views/removal-pages.tsx';

/** Admin pages of processes themselves: list, create, edit, publish, delete. */
export const adminProcessRoutes = new Hono<AppEnv>();

async function renderForm(c: Context<AppEnv>, state: FormState, process: ProcessRow | null, status: 200 | 400 = 200) {
  const neighbourhoods = await listNeighbourhoods(c.var.deps.db);
  const attachments = process ? await listAttachments(c.var.deps.db, { type: 'process', id: process.id }) : [];
  return c.html(<ProcessFormPage ctx={pageContext(c)} state={state} neighbourhoods={neighbourhoods} process={process} attachments={attachments} />, status);
}

// Parses the form and the hero image together so every error shows at once.
async function submitProcess(c: Context<AppEnv>, process: ProcessRow | null) {
  const { t, deps, user } = c.var;
  const values = await readForm(c);
  const parsed = validateValues(values, processSchema, t);
  const hero = await readImageField(c, 'hero', imageErrors);
  const files = await readAttachmentForm(c, process ? await listAttachments(deps.db, { type: 'process', id: process.id }) : [], requireAdmin(user));
  const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...files.errors };
  if (hero.error) errors.hero = t(hero.error);
  if (!parsed.ok || Object.keys(errors).length > 0) return renderForm(c, { values, errors }, process, 400);
  const ctx: ProcessWriteContext = { db: deps.db, user, uploadDir: deps.config.uploadDir };
  const result = process ? await updateProcess(ctx, process.id, parsed.data, hero.image, files.plan) : await createProcess(ctx, parsed.data, hero.image, files.plan);
  if (!result.ok) return renderForm(c, { values, errors: translateErrors(result.errors, t) }, process, 400);
  setFlash(c, process ? 'flash.saved' : 'processes.flash.created');
  return c.redirect(`/admin/processes/${result.value.id}`, 303);
}

function processFormValues(p: ProcessRow, neighbourhoods: string[]): FormValues {
  const { slug, title_fr, title_en, summary_fr, summary_en, body_fr, body_en, scope, hero_alt_fr, hero_alt_en } = p;
  return { slug, title_fr, title_en, summary_fr, summary_en, body_fr, body_en, scope, hero_alt_fr, hero_alt_en, neighbourhoods };
}


adminProcessRoutes.get('/', async (c) => {
  const items = await listProcessSummaries(c.var.deps.db, { publishedOnly: false });
  return c.html(<AdminListPage ctx={pageContext(c)} items={items} />);
});

adminProcessRoutes.get('/new', (c) => renderForm(c, emptyForm({ scope: 'city' }), null));
adminProcessRoutes.post('/', (c) => submitProcess(c, null));

adminProcessRoutes.get('/:id', async (c) => renderAdminProcessPage(c, await requireProcessParam(c), emptyForm()));

adminProcessRoutes.get('/:id/edit', async (c) => {
  const process = await requireProcessParam(c);
  const neighbourhoods = await processNeighbourhoodIds(c.var.deps.db, process.id);
  const attachments = await listAttachments(c.var.deps.db, { type: 'process', id: process.id });
  return renderForm(c, emptyForm({ ...attachmentFormValues(attachments), ...processFormValues(process, neighbourhoods) }), process);
});
adminProcessRoutes.post('/:id/edit', async (c) => submitProcess(c, await requireProcessParam(c)));

for (const [path, published] of [['publish', true], ['unpublish', false]] as const) {
  adminProcessRoutes.post(`/:id/${path}`, async (c) => {
    const id = c.req.param('id');
    await setProcessPublished(c.var.deps.db, c.var.user, id, published);
    setFlash(c, published ? 'processes.flash.published' : 'processes.flash.unpublished');
    return c.redirect(`/admin/processes/${id}`, 303);
  });
}

async function renderDeletion(c: Context<AppEnv>, process: ProcessRow, unconfirmed: boolean, status: 200 | 400 | 409) {
  const { db } = c.var.deps;
  const [detail, held] = await Promise.all([loadProcessDetail(db, process), processParticipation(db, c.var.deps.modules, process.id)]);
  return c.html(<ProcessDeletePage ctx={pageContext(c)} detail={detail} held={held} unconfirmed={unconfirmed} />, status);
}

adminProcessRoutes.get('/:id/delete', async (c) => renderDeletion(c, await requireProcessParam(c), false, 200));

adminProcessRoutes.post('/:id/delete', async (c) => {
  const process = await requireProcessParam(c);
  if (!isConfirmed(await readForm(c))) return renderDeletion(c, process, true, 400);
  const result = await deleteProcess(c.var.deps, c.var.user, process.id);
  if (!result.ok) return renderDeletion(c, process, false, 409);
  setFlash(c, 'processes.flash.deleted');
  return c.redirect('/admin/processes', 303);
});
