import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { requireAdmin } from '../../platform/session.ts';
import { holdsAny, type DeletionResult } from '../../web/confirm.tsx';
import { phaseParticipation } from './participation.ts';
import { bumpProcessesRevision, findProcessById, listPhases } from './queries.ts';
import type { PhaseInput } from './schemas.ts';
import type { ServiceResult } from './service.ts';
import type { PhaseRow } from './types.ts';

async function requireProcess(db: Kysely<Database>, processId: string) {
  const process = await findProcessById(db, processId);
  if (!process) throw notFound();
  return process;
}

async function requirePhase(db: Kysely<Database>, processId: string, phaseId: string): Promise<PhaseRow> {
  const phase = await db.selectFrom('phase').selectAll().where('id', '=', phaseId).where('process_id', '=', processId).executeTakeFirst();
  if (!phase) throw notFound();
  return phase;
}

// The form already checks this; the rule lives here too so no other caller can store a phase that ends before it starts.
function dateErrors(input: PhaseInput) {
  return input.ends_on < input.starts_on ? { ends_on: 'processes.errors.endBeforeStart' } : null;
}

const phaseColumns = (input: PhaseInput) => ({
  name_fr: input.name_fr,
  name_en: input.name_en,
  description_fr: input.description_fr,
  description_en: input.description_en,
  starts_on: input.starts_on,
  ends_on: input.ends_on,
});

/** Adds a phase at the end of a process's phases (admins only). */
export async function addPhase(db: Kysely<Database>, user: CurrentUser | null, processId: string, input: PhaseInput): Promise<ServiceResult<PhaseRow>> {
  const admin = requireAdmin(user);
  await requireProcess(db, processId);
  const errors = dateErrors(input);
  if (errors) return { ok: false, errors };
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('phase').select('position').where('process_id', '=', processId).orderBy('position', 'desc').executeTakeFirst();
    await trx.insertInto('phase').values({ id, process_id: processId, position: (last ? Number(last.position) : 0) + 1, ...phaseColumns(input) }).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'phase.create', { type: 'phase', id }, { processId, name: input.name_fr });
  });
  return { ok: true, value: await requirePhase(db, processId, id) };
}

/** Changes a phase's names, descriptions and dates (admins only). */
export async function updatePhase(db: Kysely<Database>, user: CurrentUser | null, processId: string, phaseId: string, input: PhaseInput): Promise<ServiceResult<PhaseRow>> {
  const admin = requireAdmin(user);
  await requirePhase(db, processId, phaseId);
  const errors = dateErrors(input);
  if (errors) return { ok: false, errors };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('phase').set(phaseColumns(input)).where('id', '=', phaseId).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'phase.update', { type: 'phase', id: phaseId }, { processId });
  });
  return { ok: true, value: await requirePhase(db, processId, phaseId) };
}

/** Swaps a phase with its neighbour above or below (admins only); at either end nothing moves. */
export async function movePhase(db: Kysely<Database>, user: CurrentUser | null, processId: string, phaseId: string, direction: 'up' | 'down'): Promise<void> {
  const admin = requireAdmin(user);
  await requirePhase(db, processId, phaseId);
  await db.transaction().execute(async (trx) => {
    const phases = await listPhases(trx, processId);
    const index = phases.findIndex((p) => p.id === phaseId);
    const other = direction === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= phases.length) return;
    [phases[index], phases[other]] = [phases[other], phases[index]];
    // Renumber 1..n so positions stay dense whatever happened before.
    for (const [i, phase] of phases.entries()) await trx.updateTable('phase').set({ position: i + 1 }).where('id', '=', phase.id).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'phase.move', { type: 'phase', id: phaseId }, { processId, direction });
  });
}

/**
 * Deletes a phase, only while it holds nothing: a phase that has begun in a process people took part
 * in stays (its dates may still be edited). A process whose current phase was set to it goes back to
 * following the dates.
 */
export async function deletePhase(deps: Pick<AppDeps, 'db' | 'modules'>, user: CurrentUser | null, processId: string, phaseId: string): Promise<DeletionResult> {
  const { db } = deps;
  const admin = requireAdmin(user);
  const phase = await requirePhase(db, processId, phaseId);
  const process = await requireProcess(db, processId);
  return db.transaction().execute(async (trx): Promise<DeletionResult> => {
    const held = await phaseParticipation(trx, deps.modules, process, phase, true);
    if (holdsAny(held)) return { ok: false, held };
    await trx.updateTable('process').set({ manual_phase_id: null }).where('id', '=', processId).where('manual_phase_id', '=', phaseId).execute();
    await trx.deleteFrom('phase').where('id', '=', phaseId).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'phase.delete', { type: 'phase', id: phaseId }, { processId, name: phase.name_fr });
    return { ok: true };
  });
}

/** Sets the current phase by hand, or back to following the dates with null (admins only). */
export async function setManualPhase(db: Kysely<Database>, user: CurrentUser | null, processId: string, phaseId: string | null): Promise<void> {
  const admin = requireAdmin(user);
  await requireProcess(db, processId);
  if (phaseId) await requirePhase(db, processId, phaseId);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('process').set({ manual_phase_id: phaseId, updated_at: new Date().toISOString() }).where('id', '=', processId).execute();
    await bumpProcessesRevision(trx);
    await recordAudit(trx, { userId: admin.id }, 'process.currentPhase', { type: 'process', id: processId }, { phaseId });
  });
}
