import type { Locale } from '../../config.ts';
import { fillPlaceholders } from '../../engines/dtpr/index.ts';
import { localized, type Translate } from '../../platform/i18n/index.ts';
import { daysText, retentionText, termsOf } from './present.ts';
import type { Lookups, SensorRow } from './queries.ts';
import { dtpr, sensorVocabulary } from './vocabulary.ts';

/** One of the seven questions a resident asks about a sensor, answered with DTPR terms and the city's own words. */
export interface SensorAnswer {
  id: 'why' | 'who' | 'detects' | 'data' | 'happens' | 'see' | 'kept';
  question: string;
  /** DTPR terms with their meaning in words (the icons' meaning, without the icons). */
  terms: { name: string; description: string }[];
  /** The department's own sentences. */
  notes: string[];
  /** The notes are free text the department typed (in the entry's `text_language`), not sentences of the catalogue. */
  written: boolean;
}

/** Answers the seven questions about a sensor, in the reader's language. */
export function answerSensor(locale: Locale, t: Translate, lookups: Lookups, row: SensorRow): SensorAnswer[] {
  const terms = (field: keyof typeof sensorVocabulary) => termsOf(sensorVocabulary[field], row[field as 'purposes']).map((e) => ({ name: e.name[locale], description: e.description[locale] }));
  const department = lookups.departments.get(row.department_id);
  const retention = row.retention ? dtpr().element('device__retention', row.retention) : undefined;
  const duration = row.retention_days === null ? '' : daysText(t, row.retention_days);
  const answer = (id: SensorAnswer['id'], list: SensorAnswer['terms'], notes: (string | false | null | undefined)[], written = false): SensorAnswer => ({
    written,
    id,
    question: t(`registers.q.${id}`),
    terms: list,
    notes: notes.filter((n): n is string => typeof n === 'string' && n.trim() !== ''),
  });
  return [
    answer('why', terms('purposes'), [row.purpose_detail], true),
    answer('who', [], [
      department && t('registers.answer.accountable', { department: localized(locale, department.name_fr, department.name_en), organisation: department.organisation }),
      department?.email && t('registers.answer.contact', { email: department.email }),
      row.vendor && t('registers.answer.vendor', { vendor: row.vendor }),
    ]),
    answer('detects', terms('technologies'), [row.detects], true),
    answer('data', terms('data_types'), [t(row.personal_data === 1 ? 'registers.answer.personal' : 'registers.answer.notPersonal')]),
    answer('happens', [...terms('processing'), ...terms('storage')], []),
    answer('see', terms('access'), []),
    answer(
      'kept',
      retention ? [{ name: retentionText(locale, t, row.retention, row.retention_days), description: fillPlaceholders(retention.description[locale], { duration }) }] : [],
      [],
    ),
  ];
}

/** The shortest form of an answer, for the printed sign: the terms' names, or the first note. */
export function shortAnswer(a: SensorAnswer, t: Translate): string {
  if (a.terms.length) return a.terms.map((x) => x.name).join(', ');
  return a.notes[0] ?? t('registers.answer.notStated');
}
