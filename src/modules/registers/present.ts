import type { Locale } from '../../config.ts';
import { fillPlaceholders, type DtprElement } from '../../engines/dtpr/index.ts';
import { formatDate, localized, type Translate } from '../../platform/i18n/index.ts';
import type { FieldSpec } from './fields.ts';
import type { Lookups } from './queries.ts';
import { dtpr } from './vocabulary.ts';

/** DTPR terms of a vocabulary field, in the order they were chosen; unknown ids (an older taxonomy) are skipped. */
export function termsOf(category: string, json: string): DtprElement[] {
  let ids: unknown;
  try {
    ids = JSON.parse(json || '[]');
  } catch {
    return [];
  }
  return Array.isArray(ids) ? ids.flatMap((id) => dtpr().element(category, String(id)) ?? []) : [];
}

/** Ids of a vocabulary field, for forms and exports. */
export function idsOf(json: string): string[] {
  try {
    const ids = JSON.parse(json || '[]');
    return Array.isArray(ids) ? ids.map(String) : [];
  } catch {
    return [];
  }
}

/** "Retained 30 days" / "No data retained" in the DTPR wording, or an empty string when not stated. */
export function retentionText(locale: Locale, t: Translate, retention: string, days: number | null): string {
  const term = retention ? dtpr().element('device__retention', retention) : undefined;
  if (!term) return '';
  return fillPlaceholders(term.name[locale], { duration: days === null ? '' : daysText(t, days) });
}

/** The label of a value of a `choice` field (status, risk category, algorithm type, level of autonomy). */
export function choiceLabel(locale: Locale, t: Translate, field: string, value: string): string {
  if (!value) return '';
  if (field === 'autonomy') return autonomyLabel(locale, value);
  return t(`registers.choice.${field}.${value}`);
}

/** DTPR's name of a level of autonomy. */
export function autonomyLabel(locale: Locale, value: string): string {
  const level = dtpr().categories.get('ai__decision')?.context?.values.find((v) => v.id === value);
  return level ? level.name[locale] : value;
}

/** DTPR's description of a level of autonomy. */
export function autonomyDescription(locale: Locale, value: string): string {
  return dtpr().categories.get('ai__decision')?.context?.values.find((v) => v.id === value)?.description[locale] ?? '';
}

/** One stored value as a reader sees it (used by the entry pages, the history and the CSV). */
export function formatValue(locale: Locale, t: Translate, lookups: Lookups, spec: FieldSpec, raw: string | number | null): string {
  if (raw === null || raw === '') return '';
  const value = String(raw);
  switch (spec.kind) {
    case 'date':
      return formatDate(locale, value);
    case 'choice':
      return choiceLabel(locale, t, spec.name, value);
    case 'vocab':
      return termsOf(spec.category!, value).map((e) => e.name[locale]).join(', ');
    case 'vocabOne':
      return dtpr().element(spec.category!, value)?.name[locale].replace(/\{\{\s*\w+\s*\}\}/g, '').trim() ?? value;
    case 'days':
      return daysText(t, Number(value));
    case 'flag':
      return t(Number(value) === 1 ? 'registers.yes' : 'registers.no');
    case 'department': {
      const d = lookups.departments.get(value);
      return d ? localized(locale, d.name_fr, d.name_en) : '';
    }
    case 'neighbourhood': {
      const n = lookups.neighbourhoods.get(value);
      return n ? localized(locale, n.name_fr, n.name_en) : '';
    }
    case 'process': {
      const p = lookups.processes.get(value);
      return p ? localized(locale, p.title_fr, p.title_en) : '';
    }
    default:
      return value;
  }
}

/** "1 day" / "30 days" in the reader's language. */
export const daysText = (t: Translate, n: number) => t(n === 1 ? 'registers.dayCount' : 'registers.daysCount', { n });

/** The entry's name in the reader's language. */
export const entryName = (locale: Locale, row: { name_fr: string; name_en: string }) => localized(locale, row.name_fr, row.name_en);
