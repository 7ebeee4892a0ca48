import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forUpdate } from '../../db/row-lock.ts';
import type { Tally } from '../../web/confirm.tsx';
import { findManifest, type ComponentTypes } from './components/registry.ts';
import { todayIso } from './current-phase.ts';
import type { ComponentRow, PhaseRow, ProcessRow } from './types.ts';

/** Adds up tallies of the same kind, keeping the order in which kinds first appear. */
export function sumTallies(lists: Tally[][]): Tally[] {
  const sums = new Map<string, number>();
  for (const list of lists) for (const { key, count } of list) sums.set(key, (sums.get(key) ?? 0) + count);
  return [...sums].map(([key, count]) => ({ key, count }));
}

/**
 * What people contributed to a component, asked of its type's manifest (a type without contributions,
 * such as an information page, holds none). With `lock`, the component row is locked first so nothing
 * new is attached to it before the caller's transaction ends.
 */
export async function componentParticipation(db: Kysely<Database>, types: ComponentTypes, component: Pick<ComponentRow, 'id' | 'type'>, lock = false): Promise<Tally[]> {
  if (lock) await forUpdate(db, db.selectFrom('component').select('id').where('id', '=', component.id)).execute();
  const manifest = findManifest(types, component.type);
  return manifest?.participation ? manifest.participation(db, component.id, lock) : [];
}

/** What people contributed to any component of a process, summed by kind. */
export async function processParticipation(db: Kysely<Database>, types: ComponentTypes, processId: string, lock = false): Promise<Tally[]> {
  if (lock) await forUpdate(db, db.selectFrom('process').select('id').where('id', '=', processId)).execute();
  const components = await db.selectFrom('component').select(['id', 'type']).where('process_id', '=', processId).orderBy('position').execute();
  const lists: Tally[][] = [];
  // One after the other: inside a transaction they share one connection anyway.
  for (const component of components) lists.push(await componentParticipation(db, types, component, lock));
  return sumTallies(lists);
}

/** Whether a phase has begun: its start has passed, or it was chosen by hand as the current phase. */
export function phaseHasBegun(process: Pick<ProcessRow, 'manual_phase_id'>, phase: Pick<PhaseRow, 'id' | 'starts_on'>, today = todayIso()): boolean {
  return phase.starts_on <= today || process.manual_phase_id === phase.id;
}

/**
 * What makes a phase part of the record: once it has begun in a process people took part in, its
 * place in the calendar says when they could act. A phase still to come holds nothing.
 */
export async function phaseParticipation(
  db: Kysely<Database>,
  types: ComponentTypes,
  process: Pick<ProcessRow, 'id' | 'manual_phase_id'>,
  phase: Pick<PhaseRow, 'id' | 'starts_on'>,
  lock = false,
): Promise<Tally[]> {
  return phaseHasBegun(process, phase) ? processParticipation(db, types, process.id, lock) : [];
}
