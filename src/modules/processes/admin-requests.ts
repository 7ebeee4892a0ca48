import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import type { FieldErrors } from '../../platform/form.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { findProcessById } from './queries.ts';
import type { ProcessRow } from './types.ts';

/** The process named by the `:id` of an admin address, or 404. */
export async function requireProcessParam(c: Context<AppEnv>): Promise<ProcessRow> {
  const process = await findProcessById(c.var.deps.db, c.req.param('id') ?? '');
  if (!process) throw notFound();
  return process;
}

/** Translates the catalog keys a service returns as field errors. */
export function translateErrors(errors: FieldErrors, t: Translate): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
}
