import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { isAdmin } from '../../platform/session.ts';
import type { ProcessRow } from './types.ts';

/** Whether this person may see a process and everything in it: published ones everyone, drafts city admins only. */
export function canSeeProcess(process: Pick<ProcessRow, 'published'>, user: CurrentUser | null): boolean {
  return process.published === 1 || isAdmin(user);
}

/** Throws 404 unless the process exists and this person may see it (404, never 403, so a draft's existence does not leak). */
export function assertVisibleProcess<P extends Pick<ProcessRow, 'published'>>(process: P | null | undefined, user: CurrentUser | null): asserts process is P {
  if (!process || !canSeeProcess(process, user)) throw notFound();
}
