/** Row types of the participation module's tables (migration 022_participation), added to the app's Database type. */

/** A neighbourhood's population as the admins entered it, with the year it refers to. */
export interface NeighbourhoodPopulationTable {
  neighbourhood_id: string;
  population: number;
  reference_year: string;
  updated_at: string;
}

/** One setting of the participation page (for now `differentialPrivacy`: 'on' or 'off'). */
export interface ParticipationSettingTable {
  name: string;
  value: string;
}

declare module '../../db/schema.ts' {
  interface Database {
    neighbourhood_population: NeighbourhoodPopulationTable;
    participation_setting: ParticipationSettingTable;
  }
}
