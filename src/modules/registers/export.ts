import { canSeeProcess } from '../processes/index.ts';
import { localized } from '../../platform/i18n/index.ts';
import { csvText, type CsvCell } from '../../web/csv.ts';
import { fieldsOf } from './fields.ts';
import { idsOf } from './present.ts';
import type { AlgorithmRow, Lookups, SensorRow } from './queries.ts';
import { dtpr, sensorVocabulary } from './vocabulary.ts';

const bilingual = (fr: string, en: string) => ({ fr, en: en.trim() ? en : null });
const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function terms(category: string, json: string) {
  return idsOf(json).flatMap((id) => {
    const e = dtpr().element(category, id);
    return e ? [{ id, name: { fr: e.name.fr, en: e.name.en } }] : [];
  });
}

function department(lookups: Lookups, id: string) {
  const d = lookups.departments.get(id);
  return { id, name: bilingual(d?.name_fr ?? '', d?.name_en ?? ''), organisation: d?.organisation ?? '' };
}

function processUrl(lookups: Lookups, base: string, id: string | null): string | null {
  const p = id ? lookups.processes.get(id) : undefined;
  return p && canSeeProcess(p, null) ? `${base}/processes/${p.slug}` : null;
}

/** A sensor as open data (JSON export and API). */
export function sensorJson(row: SensorRow, lookups: Lookups, base: string) {
  const hood = row.neighbourhood_id ? lookups.neighbourhoods.get(row.neighbourhood_id) : undefined;
  return {
    id: row.id,
    url: `${base}/registers/sensors/${row.id}`,
    name: bilingual(row.name_fr, row.name_en),
    description: row.description,
    status: row.status,
    department: department(lookups, row.department_id),
    purposes: terms(sensorVocabulary.purposes, row.purposes),
    purposeDetail: row.purpose_detail,
    textLanguage: row.text_language,
    technologies: terms(sensorVocabulary.technologies, row.technologies),
    detects: row.detects,
    dataTypes: terms(sensorVocabulary.data_types, row.data_types),
    personalData: row.personal_data === 1,
    processing: terms(sensorVocabulary.processing, row.processing),
    storage: terms(sensorVocabulary.storage, row.storage),
    access: terms(sensorVocabulary.access, row.access),
    retention: { term: row.retention || null, days: row.retention_days === null ? null : Number(row.retention_days) },
    location: {
      address: row.address,
      neighbourhood: hood ? { slug: hood.slug, name: bilingual(hood.name_fr, hood.name_en) } : null,
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
    },
    vendor: row.vendor,
    approvalUrl: row.approval_url,
    installedOn: row.installed_on,
    retiredOn: row.retired_on,
    reviewOn: row.review_on,
    processUrl: processUrl(lookups, base, row.process_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The plain-text fields of an algorithm, exported as they are (camelCase keys). */
export const algorithmTextFields = fieldsOf('algorithm')
  .filter((s) => ['text', 'longtext', 'url', 'email', 'choice'].includes(s.kind) && !['name_fr', 'name_en'].includes(s.name))
  .map((s) => s.name);

/** An algorithm as open data (JSON export and API). */
export function algorithmJson(row: AlgorithmRow, lookups: Lookups, base: string) {
  const record = row as unknown as Record<string, string>;
  return {
    id: row.id,
    url: `${base}/registers/algorithms/${row.id}`,
    name: bilingual(row.name_fr, row.name_en),
    ...Object.fromEntries(algorithmTextFields.map((f) => [camel(f), record[f] ?? ''])),
    department: department(lookups, row.department_id),
    usesPersonalData: row.uses_personal_data === 1,
    decisionTypes: terms('ai__decision', row.decision_types),
    reviewOn: row.review_on,
    processUrl: processUrl(lookups, base, row.process_id),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One CSV file (RFC 4180, comma-separated, header row) from the rows of a register. */
export function toCsv(type: 'sensor' | 'algorithm', rows: (SensorRow | AlgorithmRow)[], lookups: Lookups, base: string, locale: 'fr' | 'en'): string {
  const specs = fieldsOf(type);
  const header = ['id', 'url', ...specs.map((s) => s.name)];
  const lines: CsvCell[][] = [header];
  for (const row of rows) {
    const record = row as unknown as Record<string, string | number | null>;
    const cells = specs.map((s) => {
      const v = record[s.name];
      if (s.kind === 'vocab') return idsOf(String(v ?? '')).join(' ');
      if (s.kind === 'department') { const d = lookups.departments.get(String(v)); return d ? localized(locale, d.name_fr, d.name_en) : ''; }
      if (s.kind === 'neighbourhood') return v ? (lookups.neighbourhoods.get(String(v))?.slug ?? '') : '';
      if (s.kind === 'process') return processUrl(lookups, base, v === null ? null : String(v)) ?? '';
      return v;
    });
    lines.push([row.id, `${base}/registers/${type}s/${row.id}`, ...cells]);
  }
  return csvText(lines);
}
