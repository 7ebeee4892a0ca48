/** Row types: Registers of sensors and algorithms. */
import type { Generated } from 'kysely';

export interface RegisterDepartmentTable {
  id: string;
  name_fr: string;
  name_en: string;
  organisation: string;
  email: string;
  created_at: string;
}

export interface RegisterEditorTable {
  user_id: string;
  department_id: string;
  created_at: string;
}

interface RegisterEntryColumns {
  id: string;
  department_id: string;
  name_fr: string;
  name_en: string;
  status: string;
  review_on: string | null;
  process_id: string | null;
  /** The language the entry's free text is written in, `fr` or `en` (042_register_text_language); '' when not said. */
  text_language: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface RegisterSensorTable extends RegisterEntryColumns {
  description: string;
  purposes: string;
  purpose_detail: string;
  technologies: string;
  detects: string;
  data_types: string;
  personal_data: number;
  processing: string;
  storage: string;
  access: string;
  retention: string;
  retention_days: number | null;
  address: string;
  neighbourhood_id: string | null;
  latitude: number | null;
  longitude: number | null;
  vendor: string;
  approval_url: string;
  installed_on: string | null;
  retired_on: string | null;
}

export interface RegisterAlgorithmTable extends RegisterEntryColumns {
  short_description: string;
  organisation: string;
  contact_email: string;
  domain: string;
  website: string;
  decision_process: string;
  goal: string;
  impact: string;
  risks: string;
  risk_category: string;
  proportionality: string;
  lawful_basis: string;
  source_data: string;
  training_data: string;
  personal_data_used: string;
  uses_personal_data: number;
  bias: string;
  connected_sources: string;
  dpia_summary: string;
  dpia_url: string;
  algorithm_type: string;
  algorithm_description: string;
  methods: string;
  performance: string;
  alternatives: string;
  source_code_url: string;
  monitoring: string;
  human_intervention: string;
  objection_procedure: string;
  rollback: string;
  autonomy: string;
  decision_types: string;
}

export interface RegisterChangeTable {
  id: string;
  entry_type: string;
  entry_id: string;
  department_id: string;
  user_id: string | null;
  kind: string;
  changes: string;
  created_at: string;
}

export interface RegisterQuestionTable {
  id: string;
  entry_type: string;
  entry_id: string;
  kind: string;
  body: string;
  user_id: string | null;
  created_at: string;
  answer: string | null;
  answered_at: string | null;
  answered_by: string | null;
  hidden_at: string | null;
  hidden_reason: string | null;
}
