import type { CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { isAdmin } from '../../platform/session.ts';
import type { ComponentRow, ProcessRow } from './types.ts';

/** Whether this person may see a process and everything in it: published ones everyone, drafts city admins only. */
export function canSeeProcess(process: Pick<ProcessRow, 'published'>, user: CurrentUser | null): boolean {
  return process.published === 1 || isAdmin(user);
}

/** Throws 404 unless the process exists and this person may see it (404, never 403, so a draft's existence does not leak). */
export function assertVisibleProcess<P extends Pick<ProcessRow, 'published'>>(process: P | null | undefined, user: CurrentUser | null): asserts process is P {
  if (!process || !canSeeProcess(process, user)) throw notFound();
}

/**
 * Whether this person may see a component: its process is visible to them and the component is
 * published, or they are a city admin (an unpublished component stays readable by admins; nothing of
 * it is deleted).
 */
export function canSeeComponent(process: Pick<ProcessRow, 'published'>, component: Pick<ComponentRow, 'published'>, user: CurrentUser | null): boolean {
  return canSeeProcess(process, user) && (component.published === 1 || isAdmin(user));
}

/** Throws 404 unless the component exists and this person may see it and its (already found) process. */
export function assertVisibleComponent<C extends Pick<ComponentRow, 'published'>>(process: Pick<ProcessRow, 'published'>, component: C | null | undefined, user: CurrentUser | null): asserts component is C {
  if (!component || !canSeeComponent(process, component, user)) throw notFound();
}
