/** Row types: Participatory processes, phases, components. */

export interface ProcessTable {
  id: string;
  slug: string;
  title_fr: string;
  title_en: string;
  summary_fr: string;
  summary_en: string;
  body_fr: string;
  body_en: string;
  scope: string;
  published: number;
  hero_upload_id: string | null;
  manual_phase_id: string | null;
  hero_alt_fr: string;
  hero_alt_en: string;
  created_at: string;
  updated_at: string;
}

export interface ProcessNeighbourhoodTable {
  process_id: string;
  neighbourhood_id: string;
}

export interface PhaseTable {
  id: string;
  process_id: string;
  position: number;
  name_fr: string;
  name_en: string;
  description_fr: string;
  description_en: string;
  starts_on: string;
  ends_on: string;
}

export interface ComponentTable {
  id: string;
  process_id: string;
  type: string;
  name_fr: string;
  name_en: string;
  position: number;
  settings: string;
  published: number;
  created_at: string;
}

export interface PageContentTable {
  component_id: string;
  body_fr: string;
  body_en: string;
  updated_at: string;
}
