import type { Locale } from '../../config.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { fieldsOf, type EntryType } from './fields.ts';
import { formatValue, retentionText } from './present.ts';
import type { Lookups } from './queries.ts';
import type { EntryInput } from './validation.ts';

/** One changed field: the stored values before and after, as text. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

// Retention and its duration read as one answer ("Retained 30 days"), so they change as one.
const retentionOf = (row: Record<string, unknown>) => (row.retention === 'data_retained' ? `data_retained:${asText(row.retention_days)}` : asText(row.retention));

/** What differs between the stored entry and the new values, field by field. */
export function diffEntry(type: EntryType, before: Record<string, unknown>, after: EntryInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const spec of fieldsOf(type)) {
    if (spec.name === 'retention' || spec.name === 'retention_days') continue;
    const from = asText(before[spec.name]);
    const to = asText(after[spec.name]);
    if (from !== to) changes.push({ field: spec.name, from, to });
  }
  if (type === 'sensor') {
    const from = retentionOf(before);
    const to = retentionOf(after);
    if (from !== to) changes.push({ field: 'retention', from, to });
  }
  return changes;
}

const shorten = (s: string) => (s.length > 140 ? `${s.slice(0, 139)}…` : s);

/** A change as one sentence: "Retention changed from “Retained 30 days” to “Retained 7 days”". */
export function describeChange(locale: Locale, t: Translate, lookups: Lookups, type: EntryType, change: FieldChange): string {
  const field = t(`registers.field.${change.field}`);
  const show = (raw: string): string => {
    if (change.field === 'retention') {
      const [retention, days] = raw.split(':');
      return retentionText(locale, t, retention, days ? Number(days) : null);
    }
    const spec = fieldsOf(type).find((s) => s.name === change.field);
    return spec ? formatValue(locale, t, lookups, spec, raw) : raw;
  };
  const from = shorten(show(change.from));
  const to = shorten(show(change.to));
  if (!from) return t('registers.history.set', { field, to });
  if (!to) return t('registers.history.cleared', { field, from });
  return t('registers.history.changed', { field, from, to });
}

/** Reads the stored list of changes of a history row. */
export function parseChanges(json: string): FieldChange[] {
  try {
    const list = JSON.parse(json);
    return Array.isArray(list) ? list.filter((c) => c && typeof c.field === 'string').map((c) => ({ field: c.field, from: asText(c.from), to: asText(c.to) })) : [];
  } catch {
    return [];
  }
}
