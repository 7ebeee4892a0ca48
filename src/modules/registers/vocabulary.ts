import { readdirSync, readFileSync } from 'node:fs';
import { buildTaxonomy, type DtprFile, type DtprTaxonomy } from '../../engines/dtpr/index.ts';
import { spaceMarks } from '../../platform/i18n/index.ts';

// Helpful Places' taxonomy, copied unmodified into vendor/dtpr (its LICENSE and NOTICE name the source commit).
const DTPR_ROOT = new URL('../../../vendor/dtpr/', import.meta.url);

let cached: DtprTaxonomy | null = null;

/** Reads every taxonomy file of one folder kind (elements or categories) in both languages, spaced by each language's rules. */
function readFolder(folder: 'elements' | 'categories'): DtprFile[] {
  const files: DtprFile[] = [];
  for (const locale of ['fr', 'en'] as const) {
    const dir = new URL(`${folder}/${locale}/`, DTPR_ROOT);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      files.push({ kind: folder === 'elements' ? 'element' : 'category', locale, stem: name.slice(0, -3), text: spaceMarks(locale, readFileSync(new URL(name, dir), 'utf8')) });
    }
  }
  return files;
}

/** The DTPR vocabulary, read from disk the first time the registers need it. */
export function dtpr(): DtprTaxonomy {
  cached ??= buildTaxonomy([...readFolder('elements'), ...readFolder('categories')]);
  return cached;
}

/** The DTPR categories a device entry answers, by form field. */
export const sensorVocabulary = {
  purposes: 'device__purpose',
  technologies: 'device__tech',
  data_types: 'device__data',
  processing: 'device__process',
  storage: 'device__storage',
  access: 'device__access',
  retention: 'device__retention',
} as const;

export type SensorVocabularyField = keyof typeof sensorVocabulary;

/** The three DTPR levels of autonomy of an algorithmic decision, in order of human involvement. */
export const autonomyLevels = ['ai_only', 'ai_decides_human_executes', 'ai_flags_human_decides'] as const;
export type AutonomyLevel = (typeof autonomyLevels)[number];

/** Where the wording comes from, shown on every register page. */
export const DTPR_CREDIT = { source: 'Digital Trust for Places & Routines (DTPR)', holder: 'Helpful Places', licence: 'Apache-2.0' };
