import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { assertVisibleComponent, assertVisibleProcess } from './access.ts';
import { currentPhase, isClosed, todayIso } from './current-phase.ts';
import type { ComponentRow, NeighbourhoodRow, PhaseRow, ProcessDetail, ProcessRow, ProcessSummary } from './types.ts';

const summaryColumns = ['id', 'slug', 'title_fr', 'title_en', 'summary_fr', 'summary_en', 'scope', 'published', 'manual_phase_id', 'created_at'] as const;

/** Processes as cards, newest first, each with its phases: two queries whatever the number of processes. */
export async function listProcessSummaries(db: Kysely<Database>, options: { publishedOnly: boolean }, today = todayIso()): Promise<ProcessSummary[]> {
  let query = db.selectFrom('process').select([...summaryColumns]).orderBy('created_at', 'desc').orderBy('id');
  if (options.publishedOnly) query = query.where('published', '=', 1);
  const processes = await query.execute();
  if (processes.length === 0) return [];
  let phaseQuery = db.selectFrom('phase').innerJoin('process', 'process.id', 'phase.process_id').selectAll('phase');
  if (options.publishedOnly) phaseQuery = phaseQuery.where('process.published', '=', 1);
  const phases = await phaseQuery.orderBy('phase.process_id').orderBy('phase.position').execute();
  const byProcess = new Map<string, PhaseRow[]>();
  for (const phase of phases) {
    const list = byProcess.get(phase.process_id);
    if (list) list.push(phase);
    else byProcess.set(phase.process_id, [phase]);
  }
  return processes.map((process) => {
    const own = byProcess.get(process.id) ?? [];
    return { process, phases: own, current: currentPhase(own, process.manual_phase_id, today), closed: isClosed(own, process.manual_phase_id, today) };
  });
}

/** A process by its public address. */
export function findProcessBySlug(db: Kysely<Database>, slug: string): Promise<ProcessRow | undefined> {
  return db.selectFrom('process').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** A process by id (admin pages address processes by id, so a slug change never breaks them). */
export function findProcessById(db: Kysely<Database>, id: string): Promise<ProcessRow | undefined> {
  return db.selectFrom('process').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The phases of a process, in order. */
export function listPhases(db: Kysely<Database>, processId: string): Promise<PhaseRow[]> {
  return db.selectFrom('phase').selectAll().where('process_id', '=', processId).orderBy('position').orderBy('id').execute();
}

/** Everything a process page shows: phases, current phase, neighbourhoods and components. */
export async function loadProcessDetail(db: Kysely<Database>, process: ProcessRow, today = todayIso()): Promise<ProcessDetail> {
  const [phases, neighbourhoods, components] = await Promise.all([
    listPhases(db, process.id),
    db
      .selectFrom('neighbourhood')
      .innerJoin('process_neighbourhood', 'process_neighbourhood.neighbourhood_id', 'neighbourhood.id')
      .selectAll('neighbourhood')
      .where('process_neighbourhood.process_id', '=', process.id)
      .orderBy('neighbourhood.position')
      .execute(),
    db.selectFrom('component').selectAll().where('process_id', '=', process.id).orderBy('position').orderBy('created_at').execute(),
  ]);
  return { process, phases, current: currentPhase(phases, process.manual_phase_id, today), closed: isClosed(phases, process.manual_phase_id, today), neighbourhoods, components };
}

/** Every neighbourhood, in the order admins chose. */
export function listNeighbourhoods(db: Kysely<Database>): Promise<NeighbourhoodRow[]> {
  return db.selectFrom('neighbourhood').selectAll().orderBy('position').orderBy('name_fr').execute();
}

/** Whether another process already uses this slug. */
export async function slugTaken(db: Kysely<Database>, slug: string, exceptId: string | null): Promise<boolean> {
  let query = db.selectFrom('process').select('id').where('slug', '=', slug);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** The ids of the neighbourhoods a process is scoped to. */
export async function processNeighbourhoodIds(db: Kysely<Database>, processId: string): Promise<string[]> {
  const rows = await db.selectFrom('process_neighbourhood').select('neighbourhood_id').where('process_id', '=', processId).execute();
  return rows.map((r) => r.neighbourhood_id);
}

/** Marks processes or phases as changed, so cached lists of process cards are rendered again (call it in the write's transaction). */
export async function bumpProcessesRevision(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable('cache_revision').set((eb) => ({ revision: eb('revision', '+', 1) })).where('name', '=', 'processes').execute();
}

/**
 * A version of the processes' state: the revision (bumped by every write of this module) plus the count and
 * latest update of processes, so rows written directly (seeds, other tools) are noticed too.
 */
export async function processesVersion(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('process')
    .select((eb) => [
      eb.fn.countAll().as('n'),
      eb.fn.max('updated_at').as('latest'),
      eb.selectFrom('cache_revision').select('revision').where('name', '=', 'processes').as('revision'),
    ])
    .executeTakeFirst();
  return `${row?.revision ?? 0}|${Number(row?.n ?? 0)}|${row?.latest ?? ''}`;
}

/**
 * A component of a given type with its process's detail, as this person may see it: 404 when the
 * component does not exist, is of another type, is unpublished, or belongs to a process they may not see
 * (city admins see drafts and unpublished components).
 */
export async function loadVisibleComponent(db: Kysely<Database>, componentId: string, type: string, user: CurrentUser | null): Promise<{ component: ComponentRow; detail: ProcessDetail }> {
  const process =
    componentId.length <= 100
      ? await db.selectFrom('component').innerJoin('process', 'process.id', 'component.process_id').selectAll('process').where('component.id', '=', componentId).where('component.type', '=', type).executeTakeFirst()
      : undefined;
  assertVisibleProcess(process, user);
  const detail = await loadProcessDetail(db, process);
  const component = detail.components.find((x) => x.id === componentId);
  assertVisibleComponent(process, component, user);
  return { component, detail };
}
