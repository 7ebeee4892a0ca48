import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { parseForm, readForm } from '../../platform/form.ts';
import { isConfirmed, type Tally } from '../../web/confirm.tsx';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { pageContext } from '../../web/layout.tsx';
import { requireProcessParam, translateErrors } from './admin-requests.ts';
import { phaseParticipation } from './participation.ts';
import { addPhase, deletePhase, movePhase, setManualPhase, updatePhase } from './phase-service.ts';
import { listPhases } from './queries.ts';
import { FOLLOW_DATES, phaseSchema } from './schemas.ts';
import type { PhaseRow, ProcessRow } from './types.ts';
import { PhaseFormPage } from './views/phase-form-page.tsx';
import { PhaseDeletePage } from './views/removal-pages.tsx';

/** Admin pages of a process's phases and of its current phase, under `/admin/processes/:id`. */
export const adminPhaseRoutes = new Hono<AppEnv>();


async function requirePhase(c: Context<AppEnv>, process: ProcessRow): Promise<PhaseRow> {
  const phase = (await listPhases(c.var.deps.db, process.id)).find((p) => p.id === c.req.param('phaseId'));
  if (!phase) throw notFound();
  return phase;
}

async function render(c: Context<AppEnv>, state: FormState, process: ProcessRow, phase: PhaseRow | null, status: 200 | 400 = 200) {
  const held: Tally[] = phase ? await phaseParticipation(c.var.deps.db, c.var.deps.modules, process, phase) : [];
  return c.html(<PhaseFormPage ctx={pageContext(c)} state={state} process={process} phase={phase} held={held} />, status);
}

const backToProcess = (c: Context<AppEnv>, process: ProcessRow, flash = 'flash.saved') => {
  setFlash(c, flash);
  return c.redirect(`/admin/processes/${process.id}`, 303);
};

adminPhaseRoutes.get('/:id/phases/new', async (c) => render(c, emptyForm(), await requireProcessParam(c), null));

adminPhaseRoutes.post('/:id/phases', async (c) => {
  const process = await requireProcessParam(c);
  const parsed = await parseForm(c, phaseSchema, c.var.t);
  if (!parsed.ok) return render(c, parsed, process, null, 400);
  const result = await addPhase(c.var.deps.db, c.var.user, process.id, parsed.data);
  if (!result.ok) return render(c, { values: parsed.values, errors: translateErrors(result.errors, c.var.t) }, process, null, 400);
  return backToProcess(c, process, 'processes.flash.phaseAdded');
});

adminPhaseRoutes.get('/:id/phases/:phaseId/edit', async (c) => {
  const process = await requireProcessParam(c);
  const phase = await requirePhase(c, process);
  const { name_fr, name_en, description_fr, description_en, starts_on, ends_on } = phase;
  return render(c, emptyForm({ name_fr, name_en, description_fr, description_en, starts_on, ends_on }), process, phase);
});

adminPhaseRoutes.post('/:id/phases/:phaseId/edit', async (c) => {
  const process = await requireProcessParam(c);
  const phase = await requirePhase(c, process);
  const parsed = await parseForm(c, phaseSchema, c.var.t);
  if (!parsed.ok) return render(c, parsed, process, phase, 400);
  const result = await updatePhase(c.var.deps.db, c.var.user, process.id, phase.id, parsed.data);
  if (!result.ok) return render(c, { values: parsed.values, errors: translateErrors(result.errors, c.var.t) }, process, phase, 400);
  return backToProcess(c, process);
});

adminPhaseRoutes.post('/:id/phases/:phaseId/move', async (c) => {
  const process = await requireProcessParam(c);
  const direction = (await readForm(c)).direction;
  if (direction !== 'up' && direction !== 'down') return c.redirect(`/admin/processes/${process.id}`, 303);
  await movePhase(c.var.deps.db, c.var.user, process.id, c.req.param('phaseId'), direction);
  return backToProcess(c, process);
});

async function renderDeletion(c: Context<AppEnv>, process: ProcessRow, phase: PhaseRow, unconfirmed: boolean, status: 200 | 400 | 409) {
  const held = await phaseParticipation(c.var.deps.db, c.var.deps.modules, process, phase);
  return c.html(<PhaseDeletePage ctx={pageContext(c)} process={process} phase={phase} held={held} unconfirmed={unconfirmed} />, status);
}

adminPhaseRoutes.get('/:id/phases/:phaseId/delete', async (c) => {
  const process = await requireProcessParam(c);
  return renderDeletion(c, process, await requirePhase(c, process), false, 200);
});

adminPhaseRoutes.post('/:id/phases/:phaseId/delete', async (c) => {
  const process = await requireProcessParam(c);
  const phase = await requirePhase(c, process);
  if (!isConfirmed(await readForm(c))) return renderDeletion(c, process, phase, true, 400);
  const result = await deletePhase(c.var.deps, c.var.user, process.id, phase.id);
  if (!result.ok) return renderDeletion(c, process, phase, false, 409);
  return backToProcess(c, process, 'processes.flash.phaseDeleted');
});

adminPhaseRoutes.post('/:id/current-phase', async (c) => {
  const process = await requireProcessParam(c);
  const chosen = (await readForm(c)).phase_id;
  const phaseId = typeof chosen === 'string' && chosen !== '' && chosen !== FOLLOW_DATES ? chosen : null;
  await setManualPhase(c.var.deps.db, c.var.user, process.id, phaseId);
  return backToProcess(c, process);
});
