import type { Translate } from '../../platform/i18n/index.ts';

// An entry's details are JSON written by the action: shown as "field: before → after" or "field: value"
// lines, a dozen at most (a component's settings can hold many).
const MAX_LINES = 12;
const MAX_VALUE_LENGTH = 120;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A label from the catalogue when there is one, else the text as it is. */
const labelOr = (t: Translate, key: string, fallback: string) => {
  const label = t(key);
  return label === key ? fallback : label;
};

function showValue(t: Translate, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('admin.audit.blank');
  if (typeof value === 'boolean') return t(value ? 'admin.audit.yes' : 'admin.audit.no');
  if (Array.isArray(value)) return value.map((v) => showValue(t, field, v)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (field === 'role' || field === 'from' || field === 'to') return labelOr(t, `role.${text}`, text);
  if (field === 'status' || field === 'statusKey') return labelOr(t, `proposals.status.${text}`, text);
  // Ids mean nothing to a reader; the target column names what the entry is about.
  if (uuid.test(text)) return `${text.slice(0, 8)}…`;
  // A project description can hold 8,000 characters: its start is enough to tell which edit this was.
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

const isChange = (v: unknown): v is { before: unknown; after: unknown } => typeof v === 'object' && v !== null && !Array.isArray(v) && 'before' in v && 'after' in v;

/** The details of an audit entry in words, one line per field; the raw text when it is not JSON. */
export function describeAuditDetails(t: Translate, action: string, details: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details ? [details] : [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [showValue(t, '', parsed)];
  const fieldLabel = (field: string) => labelOr(t, `admin.audit.field.${field}`, field);
  const lines: string[] = [];
  const entries = Object.entries(parsed as Record<string, unknown>);
  const record = parsed as Record<string, unknown>;
  // A role change is written { from, to }.
  if ('from' in record && 'to' in record) {
    lines.push(t('admin.audit.change', { field: fieldLabel(action.startsWith('role.') ? 'role' : 'value'), before: showValue(t, 'role', record.from), after: showValue(t, 'role', record.to) }));
  }
  const walk = (prefix: string, value: unknown) => {
    if (isChange(value)) lines.push(t('admin.audit.change', { field: fieldLabel(prefix), before: showValue(t, prefix, value.before), after: showValue(t, prefix, value.after) }));
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    else lines.push(t('admin.audit.value', { field: fieldLabel(prefix), value: showValue(t, prefix.split('.').pop() ?? prefix, value) }));
  };
  for (const [field, value] of entries) if (field !== 'from' && field !== 'to') walk(field, value);
  return lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES), '…'] : lines;
}

/** An action's name in words ("Budget modifié"), or its code when the catalogue has none. */
export const auditActionLabel = (t: Translate, action: string): string => labelOr(t, `admin.audit.action.${action}`, action);

/** A target type in words ("Projet"), or its code. */
export const auditTypeLabel = (t: Translate, type: string): string => labelOr(t, `admin.audit.type.${type}`, type);
