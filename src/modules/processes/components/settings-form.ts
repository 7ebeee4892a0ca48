import { z } from 'zod';
import type { FieldErrors, FormValues } from '../../../platform/form.ts';
import type { Translate } from '../../../platform/i18n/index.ts';
import type { ComponentManifest } from './manifest.ts';
import { parseRequirementsForm, requirementFormValues } from './requirements.ts';
import { readStoredSettings, settingsWithDefaults, type StoredSettings } from './settings.ts';

/** One form field generated from a zod setting: booleans, numbers, enums and strings are understood. */
export interface SettingField {
  name: string;
  kind: 'boolean' | 'number' | 'enum' | 'string';
  labelKey: string;
  options: string[];
  min?: number;
  max?: number;
  integer: boolean;
  maxLength?: number;
}

// The subset of JSON Schema that z.toJSONSchema writes for the setting types forms can show.
interface JsonSchemaProperty {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

// z.number().int() is written with the safe-integer range as its bounds: that range is no setting's limit.
const bound = (value: number | undefined): number | undefined => (value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value);

const kindOf = (property: JsonSchemaProperty): SettingField['kind'] | null => {
  if (property.enum) return 'enum';
  if (property.type === 'integer' || property.type === 'number') return 'number';
  if (property.type === 'boolean' || property.type === 'string') return property.type;
  return null;
};

/** The form fields of a settings schema, in declaration order; label keys follow `components.<type>.settings.<name>`. */
export function settingFields(type: string, schema: z.ZodObject): SettingField[] {
  // The form is read from zod's public JSON Schema of what people type in (defaults and optionals included).
  const properties = (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }).properties ?? {}) as Record<string, JsonSchemaProperty>;
  return Object.keys(schema.shape).map((name) => {
    const property = properties[name] ?? {};
    const kind = kindOf(property);
    if (!kind) throw new Error(`Setting "${name}" of component "${type}" has a type forms cannot show: ${property.type ?? 'unknown'}`);
    return {
      name,
      kind,
      labelKey: `components.${type}.settings.${name}`,
      options: property.enum ?? [],
      min: bound(property.minimum),
      max: bound(property.maximum),
      integer: property.type === 'integer',
      maxLength: property.maxLength,
    };
  });
}

function rawValue(field: SettingField, values: FormValues, key: string): unknown {
  const v = values[key];
  const text = Array.isArray(v) ? v[0] : v;
  if (field.kind === 'boolean') return text === 'on';
  if (field.kind === 'number') return text === undefined || text.trim() === '' ? undefined : Number(text.trim());
  return text ?? '';
}

function parseGroup(type: string, schema: z.ZodObject, values: FormValues, prefix: string, t: Translate, errors: FieldErrors) {
  const out: Record<string, unknown> = {};
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const field of settingFields(type, schema)) {
    const key = `${prefix}${field.name}`;
    const result = shape[field.name].safeParse(rawValue(field, values, key));
    if (result.success) out[field.name] = result.data;
    else errors[key] = settingIssueMessage(result.error.issues[0], t);
  }
  return out;
}

function settingIssueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.code === 'too_big' && issue.origin === 'string') return t('form.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'too_small') return t('components.settingTooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'too_big') return t('components.settingTooBig', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_value') return t('form.invalidChoice');
  return t('form.invalid');
}

/** Reads the settings form of a component (global and each phase); returns the settings to store or errors per field. */
export function parseSettingsForm(
  manifest: ComponentManifest,
  phaseIds: string[],
  values: FormValues,
  t: Translate,
): { ok: true; settings: StoredSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const global = parseGroup(manifest.type, manifest.globalSettings, values, 'global.', t, errors);
  const phases: StoredSettings['phases'] = {};
  for (const id of phaseIds) phases[id] = parseGroup(manifest.type, manifest.phaseSettings, values, `phase.${id}.`, t, errors);
  const { requirements, invalid } = parseRequirementsForm(manifest, values);
  for (const key of invalid) errors[key] = t('form.invalidChoice');
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, settings: { global, phases, ...(Object.keys(requirements).length ? { requirements } : {}) } };
}

/** The stored settings as form values, to fill the form the first time it is shown. */
export function settingsFormValues(manifest: ComponentManifest, settingsJson: string, phaseIds: string[]): FormValues {
  const stored = readStoredSettings(settingsJson);
  const values: FormValues = {};
  const put = (prefix: string, schema: z.ZodObject, data: Record<string, unknown>) => {
    for (const field of settingFields(manifest.type, schema)) {
      const v = data[field.name];
      if (field.kind === 'boolean') {
        if (v === true) values[`${prefix}${field.name}`] = 'on';
      } else if (v !== undefined && v !== null) values[`${prefix}${field.name}`] = String(v);
    }
  };
  put('global.', manifest.globalSettings, settingsWithDefaults(manifest.globalSettings, stored.global));
  for (const id of phaseIds) put(`phase.${id}.`, manifest.phaseSettings, settingsWithDefaults(manifest.phaseSettings, stored.phases[id] ?? {}));
  return { ...values, ...requirementFormValues(manifest, stored) };
}
