import type { Context } from 'hono';
import type { z } from 'zod';
import type { Translate } from './i18n/index.ts';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string | string[]>;

export type FormResult<T> = { ok: true; data: T; values: FormValues } | { ok: false; errors: FieldErrors; values: FormValues };

/** Reads a urlencoded or multipart body into plain values (repeated names become arrays; files are dropped). */
export async function readForm(c: Context): Promise<FormValues> {
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (list.length === 0) continue;
    values[name] = Array.isArray(value) ? list : list[0];
  }
  return values;
}

/** Parses a form with a zod schema; on failure returns translated messages keyed by field, and the values as typed. */
export async function parseForm<S extends z.ZodType>(c: Context, schema: S, t: Translate): Promise<FormResult<z.infer<S>>> {
  const values = await readForm(c);
  return validateValues(values, schema, t);
}

/** Validates already-read values (used when a route needs the raw values first). */
export function validateValues<S extends z.ZodType>(values: FormValues, schema: S, t: Translate): FormResult<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data, values };
  return { ok: false, errors: issuesToFieldErrors(result.error.issues, t), values };
}

/** Maps zod issues to one translated message per field (the first issue wins). */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form';
    if (!errors[field]) errors[field] = issueMessage(issue, t);
  }
  return errors;
}

function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  // Custom refinements carry a catalog key as their message.
  if (issue.code === 'custom' || (issue.message && /^[a-z]+\.[\w.]+$/.test(issue.message))) return t(issue.message);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? t('form.required') : t('form.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('form.tooLong', { max: Number(issue.maximum) });
    case 'invalid_type':
      return t('form.required');
    case 'invalid_value':
      return t('form.invalidChoice');
    case 'invalid_format':
      if (issue.format === 'email') return t('form.invalidEmail');
      if (issue.format === 'url') return t('form.invalidUrl');
      if (issue.format === 'date') return t('form.invalidDate');
      return t('form.invalid');
    default:
      return t('form.invalid');
  }
}
