import { autonomyLevels, sensorVocabulary } from './vocabulary.ts';

/** The two kinds of register entry. */
export type EntryType = 'sensor' | 'algorithm';
export const entryTypes: EntryType[] = ['sensor', 'algorithm'];

export type FieldKind = 'text' | 'longtext' | 'url' | 'email' | 'date' | 'choice' | 'vocab' | 'vocabOne' | 'days' | 'latitude' | 'longitude' | 'flag' | 'department' | 'neighbourhood' | 'process';

/** One field of a register entry: its column, how it is typed and checked, and which part of the form holds it. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  fieldset: string;
  max?: number;
  /** Allowed values of a `choice`. */
  choices?: readonly string[];
  /** DTPR category of a `vocab` / `vocabOne` field. */
  category?: string;
  /** Required whatever the status. */
  required?: boolean;
  /** Required when the entry's status is one of the register's "in service" statuses. */
  requiredInService?: boolean;
}

export const sensorStatuses = ['planned', 'active', 'suspended', 'retired'] as const;
export const algorithmStatuses = ['planned', 'design', 'development', 'pilot', 'evaluation', 'operational', 'retired'] as const;
export const riskCategories = ['minimal', 'limited', 'high', 'unacceptable'] as const;
export const algorithmTypes = ['rule_based', 'self_learning', 'hybrid'] as const;

/** Statuses in which an entry must answer every transparency question. */
export const inServiceStatuses: Record<EntryType, readonly string[]> = {
  sensor: ['active'],
  algorithm: ['pilot', 'evaluation', 'operational'],
};

/** The language the entry's free text is written in: an English page marks French text (last, so the CSV's columns keep their order). */
const textLanguage: FieldSpec = { name: 'text_language', kind: 'choice', fieldset: 'basic', choices: ['fr', 'en'] };

const vocab = (name: keyof typeof sensorVocabulary, requiredInService = true): FieldSpec => ({ name, kind: 'vocab', fieldset: 'dtpr', category: sensorVocabulary[name], requiredInService });

/** The device questions of DTPR plus the city's own facts about a sensor or data source. */
export const sensorFields: FieldSpec[] = [
  { name: 'name_fr', kind: 'text', fieldset: 'basic', max: 150, required: true },
  { name: 'name_en', kind: 'text', fieldset: 'basic', max: 150 },
  { name: 'description', kind: 'longtext', fieldset: 'basic', max: 2000 },
  { name: 'department_id', kind: 'department', fieldset: 'basic', required: true },
  { name: 'status', kind: 'choice', fieldset: 'basic', choices: sensorStatuses, required: true },
  { name: 'vendor', kind: 'text', fieldset: 'basic', max: 150 },
  { name: 'approval_url', kind: 'url', fieldset: 'basic', max: 500 },
  { name: 'installed_on', kind: 'date', fieldset: 'basic' },
  { name: 'retired_on', kind: 'date', fieldset: 'basic' },
  { name: 'review_on', kind: 'date', fieldset: 'basic' },
  { name: 'process_id', kind: 'process', fieldset: 'basic' },
  { name: 'address', kind: 'text', fieldset: 'location', max: 200 },
  { name: 'neighbourhood_id', kind: 'neighbourhood', fieldset: 'location' },
  { name: 'latitude', kind: 'latitude', fieldset: 'location' },
  { name: 'longitude', kind: 'longitude', fieldset: 'location' },
  vocab('purposes'),
  { name: 'purpose_detail', kind: 'longtext', fieldset: 'dtpr', max: 2000 },
  vocab('technologies'),
  { name: 'detects', kind: 'longtext', fieldset: 'dtpr', max: 2000 },
  vocab('data_types'),
  { name: 'personal_data', kind: 'flag', fieldset: 'dtpr' },
  vocab('processing'),
  vocab('storage', false),
  vocab('access'),
  { name: 'retention', kind: 'vocabOne', fieldset: 'dtpr', category: sensorVocabulary.retention, requiredInService: true },
  { name: 'retention_days', kind: 'days', fieldset: 'dtpr' },
  textLanguage,
];

const long = (name: string, fieldset: string, requiredInService = false): FieldSpec => ({ name, kind: 'longtext', fieldset, max: 4000, requiredInService });

/** The fields of the Eurocities Algorithmic Transparency Standard (v0.3.1), plus DTPR's level of autonomy. */
export const algorithmFields: FieldSpec[] = [
  { name: 'name_fr', kind: 'text', fieldset: 'basic', max: 150, required: true },
  { name: 'name_en', kind: 'text', fieldset: 'basic', max: 150 },
  { name: 'short_description', kind: 'text', fieldset: 'basic', max: 150, required: true },
  { name: 'organisation', kind: 'text', fieldset: 'basic', max: 150, required: true },
  { name: 'department_id', kind: 'department', fieldset: 'basic', required: true },
  { name: 'contact_email', kind: 'email', fieldset: 'basic', max: 200, requiredInService: true },
  { name: 'domain', kind: 'text', fieldset: 'basic', max: 150 },
  { name: 'status', kind: 'choice', fieldset: 'basic', choices: algorithmStatuses, required: true },
  { name: 'website', kind: 'url', fieldset: 'basic', max: 500 },
  { name: 'review_on', kind: 'date', fieldset: 'basic' },
  { name: 'process_id', kind: 'process', fieldset: 'basic' },
  long('decision_process', 'useCase', true),
  long('goal', 'useCase', true),
  long('impact', 'useCase', true),
  long('risks', 'useCase'),
  { name: 'risk_category', kind: 'choice', fieldset: 'useCase', choices: riskCategories, requiredInService: true },
  long('proportionality', 'useCase'),
  long('lawful_basis', 'useCase', true),
  long('source_data', 'data', true),
  long('training_data', 'data'),
  { name: 'uses_personal_data', kind: 'flag', fieldset: 'data' },
  long('personal_data_used', 'data'),
  long('bias', 'data'),
  long('connected_sources', 'data'),
  long('dpia_summary', 'data'),
  { name: 'dpia_url', kind: 'url', fieldset: 'data', max: 500 },
  { name: 'algorithm_type', kind: 'choice', fieldset: 'algorithm', choices: algorithmTypes, requiredInService: true },
  long('algorithm_description', 'algorithm'),
  long('methods', 'algorithm'),
  long('performance', 'algorithm'),
  long('alternatives', 'algorithm'),
  { name: 'source_code_url', kind: 'url', fieldset: 'algorithm', max: 500 },
  long('monitoring', 'oversight'),
  long('human_intervention', 'oversight', true),
  long('objection_procedure', 'oversight', true),
  long('rollback', 'oversight'),
  { name: 'autonomy', kind: 'choice', fieldset: 'oversight', choices: autonomyLevels, requiredInService: true },
  { name: 'decision_types', kind: 'vocab', fieldset: 'oversight', category: 'ai__decision' },
  textLanguage,
];

/** The fields of one kind of entry. */
export const fieldsOf = (type: EntryType): FieldSpec[] => (type === 'sensor' ? sensorFields : algorithmFields);

/** The parts of each form, in order. */
export const fieldsetsOf = (type: EntryType): string[] => (type === 'sensor' ? ['basic', 'location', 'dtpr'] : ['basic', 'useCase', 'data', 'algorithm', 'oversight']);
