import { z } from 'zod';
import { fieldsOf, inServiceStatuses, type EntryType, type FieldSpec } from './fields.ts';
import { dtpr } from './vocabulary.ts';

/** A checked entry, column by column: vocabulary lists are JSON text, flags 0/1, empty dates null. */
export type EntryInput = Record<string, string | number | null>;

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isHttpUrl = (v: string) => {
  const url = URL.parse(v);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
};
const isEmail = (v: string) => z.email().safeParse(v).success;
const oneString = z.preprocess((v) => (v === undefined ? '' : v), z.string().trim());
const manyStrings = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()).max(100));

function numberIn(min: number, max: number, message: string) {
  return oneString.refine((v) => v === '' || (/^-?\d+(\.\d+)?$/.test(v) && Number(v) >= min && Number(v) <= max), message).transform((v) => (v === '' ? null : Number(v)));
}

function fieldSchema(spec: FieldSpec): z.ZodType {
  const max = spec.max ?? 200;
  switch (spec.kind) {
    case 'text':
    case 'longtext':
      return oneString.pipe(z.string().max(max));
    case 'url':
      return oneString.pipe(z.string().max(max)).refine((v) => v === '' || isHttpUrl(v), 'form.invalidUrl');
    case 'email':
      return oneString.pipe(z.string().max(max)).refine((v) => v === '' || isEmail(v), 'form.invalidEmail');
    case 'date':
      return oneString.refine((v) => v === '' || isDate(v), 'form.invalidDate').transform((v) => (v === '' ? null : v));
    case 'choice':
      return oneString.refine((v) => v === '' || (spec.choices ?? []).includes(v), 'form.invalidChoice');
    case 'vocab':
      return manyStrings
        .refine((ids) => ids.every((id) => dtpr().element(spec.category!, id)), 'registers.errors.unknownTerm')
        .transform((ids) => JSON.stringify([...new Set(ids)]));
    case 'vocabOne':
      return oneString.refine((v) => v === '' || dtpr().element(spec.category!, v) !== undefined, 'registers.errors.unknownTerm');
    case 'days':
      return oneString.refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 36500), 'registers.errors.days').transform((v) => (v === '' ? null : Number(v)));
    case 'latitude':
      return numberIn(-90, 90, 'registers.errors.latitude');
    case 'longitude':
      return numberIn(-180, 180, 'registers.errors.longitude');
    case 'flag':
      return oneString.transform((v) => (v === '' ? 0 : 1));
    case 'department':
    case 'neighbourhood':
    case 'process':
      return oneString.pipe(z.string().max(64)).transform((v) => (v === '' ? null : v));
  }
}

const isEmpty = (v: unknown) => v === null || v === '' || v === '[]';

/** The form schema of one kind of entry, with the rules that depend on the status. */
export function entrySchema(type: EntryType) {
  const specs = fieldsOf(type);
  const shape = Object.fromEntries(specs.map((s) => [s.name, fieldSchema(s)]));
  return z.object(shape).superRefine((raw, ctx) => {
    const data = raw as EntryInput;
    const inService = inServiceStatuses[type].includes(String(data.status));
    for (const spec of specs) {
      if (!isEmpty(data[spec.name])) continue;
      if (spec.required) ctx.addIssue({ code: 'custom', path: [spec.name], message: 'form.required' });
      else if (spec.requiredInService && inService) ctx.addIssue({ code: 'custom', path: [spec.name], message: 'registers.errors.requiredForStatus' });
    }
    if (type === 'sensor') {
      if (data.retention === 'data_retained' && data.retention_days === null) ctx.addIssue({ code: 'custom', path: ['retention_days'], message: 'registers.errors.durationRequired' });
      if (data.retention !== 'data_retained' && data.retention_days !== null) ctx.addIssue({ code: 'custom', path: ['retention_days'], message: 'registers.errors.durationWithoutRetention' });
      if ((data.latitude === null) !== (data.longitude === null)) ctx.addIssue({ code: 'custom', path: [data.latitude === null ? 'latitude' : 'longitude'], message: 'registers.errors.coordinatePair' });
    }
  });
}

/** Whether a sensor collects personal or identifiable data: ticked by its department, or implied by its DTPR data types. */
export function impliesPersonalData(input: EntryInput): boolean {
  const types = JSON.parse(String(input.data_types ?? '[]')) as string[];
  return input.personal_data === 1 || types.includes('personal');
}
