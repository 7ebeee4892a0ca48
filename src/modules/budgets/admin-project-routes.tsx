import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { requireAdmin } from '../../platform/session.ts';
import { attachmentFormValues, listAttachments, readAttachmentForm, type AttachmentView } from '../attachments/index.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { loadPicker } from '../geography/index.ts';
import { deleteProject, saveFollowUp } from './admin-service.ts';
import { translated } from './admin-render.tsx';
import { readBallotForm } from './ballot-rules.ts';
import { loadBudgetContext, type BudgetContext } from './budget-context.ts';
import { budgetParticipation } from './participation.ts';
import { linkedProposalIds, listProcessProposals } from './project-links.ts';
import { saveProject } from './project-service.ts';
import { findProject, type ProjectRow } from './queries.ts';
import { followUpSchema, paperVoterSchema, projectSchema } from './schemas.ts';
import { FollowUpPage, ProjectFormPage } from './views/admin-forms.tsx';
import { PaperBallotPage } from './views/paper-ballot-page.tsx';
import { ProjectDeletePage } from './views/removal-pages.tsx';
import { castPaperBallot } from './paper-service.ts';

/** Admin pages of a budget's projects, follow-up and help desk (mounted under the admin-only budget routes). */
export const budgetProjectRoutes = new Hono<AppEnv>();

const budgetOf = (c: Context<AppEnv>) => loadBudgetContext(c.var.deps.db, c.req.param('id') ?? '', c.var.user);
async function projectOf(c: Context<AppEnv>, b: BudgetContext): Promise<ProjectRow> {
  const project = await findProject(c.var.deps.db, b.budget.id, c.req.param('projectId') ?? '');
  if (!project) throw notFound();
  return project;
}
const projectValues = (p: ProjectRow): FormValues => ({
  title_fr: p.title_fr,
  title_en: p.title_en,
  description_fr: p.description_fr,
  description_en: p.description_en,
  cost: String(p.cost),
  neighbourhood_id: p.neighbourhood_id ?? '',
  category: p.category,
  proposal_url: p.proposal_url,
  status: p.status,
  progress: String(p.progress),
  latitude: p.latitude === null ? '' : String(p.latitude),
  longitude: p.longitude === null ? '' : String(p.longitude),
});
const attachmentsOf = (c: Context<AppEnv>, project: ProjectRow | null): Promise<AttachmentView[]> =>
  project ? listAttachments(c.var.deps.db, { type: 'budget_project', id: project.id }) : Promise.resolve([]);

async function renderProject(c: Context<AppEnv>, b: BudgetContext, project: ProjectRow | null, state: FormState, status: 200 | 400 = 200) {
  const [proposals, held, picker, attachments] = await Promise.all([
    listProcessProposals(c.var.deps.db, b.detail.process.id),
    budgetParticipation(c.var.deps.db, b.budget.id),
    loadPicker(c.var.deps.db, c.var.t, c.var.locale, 'field-neighbourhood_id'),
    attachmentsOf(c, project),
  ]);
  return c.html(<ProjectFormPage ctx={pageContext(c)} b={b} project={project} proposals={proposals} attachments={attachments} state={state} held={held} picker={picker} />, status);
}

budgetProjectRoutes.get('/:id/projects/new', async (c) => renderProject(c, await budgetOf(c), null, emptyForm()));

// The fields and the files are checked together so every error shows at once; a refused file saves nothing.
async function submitProject(c: Context<AppEnv>, isNew: boolean) {
  const { t, deps, user } = c.var;
  const b = await budgetOf(c);
  const project = isNew ? null : await projectOf(c, b);
  const values = await readForm(c);
  const parsed = validateValues(values, projectSchema, t);
  const files = await readAttachmentForm(c, await attachmentsOf(c, project), requireAdmin(user));
  const errors: FieldErrors = { ...(parsed.ok ? {} : parsed.errors), ...files.errors };
  if (!parsed.ok || Object.keys(errors).length > 0) return renderProject(c, b, project, { values, errors }, 400);
  const ctx = { db: deps.db, user, uploadDir: deps.config.uploadDir, budget: b.budget, processId: b.detail.process.id };
  const result = await saveProject(ctx, project?.id ?? null, parsed.data, files.plan);
  if (!result.ok) return renderProject(c, b, project, { values, errors: translated(c, result.errors) }, 400);
  setFlash(c, 'flash.saved');
  return c.redirect(`/admin/budgets/${b.budget.id}`, 303);
}

budgetProjectRoutes.post('/:id/projects', (c) => submitProject(c, true));
budgetProjectRoutes.get('/:id/projects/:projectId', async (c) => {
  const b = await budgetOf(c);
  const project = await projectOf(c, b);
  const proposals = await linkedProposalIds(c.var.deps.db, project.id);
  const attachments = await attachmentsOf(c, project);
  return renderProject(c, b, project, emptyForm({ ...attachmentFormValues(attachments), ...projectValues(project), proposals }));
});
budgetProjectRoutes.post('/:id/projects/:projectId', (c) => submitProject(c, false));

async function renderDeletion(c: Context<AppEnv>, b: BudgetContext, project: ProjectRow, unconfirmed: boolean, status: 200 | 400 | 409) {
  const held = await budgetParticipation(c.var.deps.db, b.budget.id);
  return c.html(<ProjectDeletePage ctx={pageContext(c)} b={b} project={project} held={held} unconfirmed={unconfirmed} />, status);
}

budgetProjectRoutes.get('/:id/projects/:projectId/delete', async (c) => {
  const b = await budgetOf(c);
  return renderDeletion(c, b, await projectOf(c, b), false, 200);
});

budgetProjectRoutes.post('/:id/projects/:projectId/delete', async (c) => {
  const b = await budgetOf(c);
  const project = await projectOf(c, b);
  if (!isConfirmed(await readForm(c))) return renderDeletion(c, b, project, true, 400);
  const result = await deleteProject(c.var.deps.db, c.var.deps.config.uploadDir, c.var.user, b.budget, project.id);
  if (!result.ok) return renderDeletion(c, b, project, false, 409);
  setFlash(c, 'budgets.flash.projectDeleted');
  return c.redirect(`/admin/budgets/${b.budget.id}`, 303);
});

budgetProjectRoutes.get('/:id/projects/:projectId/follow-up', async (c) => {
  const b = await budgetOf(c);
  const project = await projectOf(c, b);
  return c.html(<FollowUpPage ctx={pageContext(c)} b={b} project={project} state={emptyForm(projectValues(project))} />);
});

budgetProjectRoutes.post('/:id/projects/:projectId/follow-up', async (c) => {
  const b = await budgetOf(c);
  const project = await projectOf(c, b);
  const parsed = validateValues(await readForm(c), followUpSchema, c.var.t);
  if (!parsed.ok) return c.html(<FollowUpPage ctx={pageContext(c)} b={b} project={project} state={parsed} />, 400);
  await saveFollowUp(c.var.deps.db, c.var.user, b.budget, project.id, parsed.data);
  setFlash(c, 'flash.saved');
  return c.redirect(`/budgets/${b.budget.id}/projects/${project.id}`, 303);
});

// The help-desk page holds a voter's choices and identity reference while it is filled in: never cache it.
budgetProjectRoutes.use('/:id/paper', async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

budgetProjectRoutes.get('/:id/paper', async (c) => c.html(<PaperBallotPage ctx={pageContext(c)} b={await budgetOf(c)} state={emptyForm()} />));

budgetProjectRoutes.post('/:id/paper', async (c) => {
  const b = await budgetOf(c);
  const values = await readForm(c);
  const voter = validateValues(values, paperVoterSchema, c.var.t);
  if (!voter.ok) return c.html(<PaperBallotPage ctx={pageContext(c)} b={b} state={voter} />, 400);
  const result = await castPaperBallot(c.var.deps, c.var.user, b, voter.data, readBallotForm(b.settings, values), c.var.t);
  if (!result.ok) return c.html(<PaperBallotPage ctx={pageContext(c)} b={b} state={{ values, errors: result.errors }} />, 400);
  setFlash(c, 'budgets.flash.paperCast');
  return c.redirect(`/admin/budgets/${b.budget.id}/paper`, 303);
});
