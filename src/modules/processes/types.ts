import type { Selectable } from 'kysely';
import type { ComponentTable, NeighbourhoodTable, PhaseTable, ProcessTable } from '../../db/schema.ts';

export type ProcessRow = Selectable<ProcessTable>;
export type PhaseRow = Selectable<PhaseTable>;
export type ComponentRow = Selectable<ComponentTable>;
export type NeighbourhoodRow = Selectable<NeighbourhoodTable>;

/** A process with everything its pages show: ordered phases, the current one, scope and components. */
export interface ProcessDetail {
  process: ProcessRow;
  phases: PhaseRow[];
  current: PhaseRow | null;
  closed: boolean;
  neighbourhoods: NeighbourhoodRow[];
  components: ComponentRow[];
}

/** A process as a card in a list: no body, only what a card shows. */
export interface ProcessSummary {
  process: Pick<ProcessRow, 'id' | 'slug' | 'title_fr' | 'title_en' | 'summary_fr' | 'summary_en' | 'scope' | 'published' | 'manual_phase_id' | 'created_at'>;
  phases: PhaseRow[];
  current: PhaseRow | null;
  closed: boolean;
}
