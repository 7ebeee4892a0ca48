import type { IndicatorTable } from './tables.ts';
import { objectiveStarterIndicators } from './starter-objective.ts';
import { perceivedStarterIndicators } from './starter-perceived.ts';

/** A catalogue entry as shipped (the table row without its position and date). */
export type StarterIndicator = Omit<IndicatorTable, 'position' | 'created_at'>;

/**
 * The starter catalogue every cocity has from its first start (migration 020 inserts it): 23
 * objective indicators a French city can fill from public sources, and the 11 perceived ones the
 * "quality of life in my neighbourhood" survey fills, covering Giffinger's six dimensions. Cities
 * add their own from the admin page. Later changes to the starter list come as new migrations.
 */
export const starterCatalogue: readonly StarterIndicator[] = [...objectiveStarterIndicators, ...perceivedStarterIndicators];
