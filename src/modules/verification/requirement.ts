import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { Refusal } from '../../platform/errors.ts';
import { safeLocalPath } from '../../platform/safe-path.ts';
import { actionRequirement, type ActionRequirement, type ComponentRow, type ComponentSpec } from '../processes/index.ts';
import { findVerification, isLive, type VerificationRow } from './register.ts';

/** Why a person may not perform an action that requires a verification; each has its message `verification.refusal.<reason>`. */
export type RequirementReason = 'sign_in' | 'unverified' | 'expired' | 'other_method' | 'other_neighbourhood';

/** A refusal: why, what the action required, and where to get verified (coming back to `returnTo` afterwards). */
export interface RequirementRefusal {
  reason: RequirementReason;
  requirement: ActionRequirement;
  href: string;
}

/** The page where a person gets verified, told where to come back to (a local path only). */
export function verificationHref(returnTo: string, requirement?: Pick<ActionRequirement, 'method'>): string {
  const params = new URLSearchParams({ return_to: safeLocalPath(returnTo, '/') });
  if (requirement && requirement.method !== 'any') params.set('method', requirement.method);
  return `/verification?${params.toString()}`;
}

/** Whether a verification meets a requirement for a target neighbourhood (null: the whole city); the reason when not. */
export function unmetReason(row: VerificationRow | undefined, requirement: ActionRequirement, neighbourhoodId: string | null, now: Date = new Date()): RequirementReason | null {
  if (!row) return 'unverified';
  if (!isLive(row, now)) return 'expired';
  if (requirement.method !== 'any' && row.method !== requirement.method) return 'other_method';
  if (requirement.neighbourhood && neighbourhoodId && row.neighbourhood_id !== neighbourhoodId) return 'other_neighbourhood';
  return null;
}

/** Where one check happens: the component, its action, the neighbourhood it concerns and the page to come back to. */
export interface RequirementTarget {
  spec: Pick<ComponentSpec, 'actions'>;
  component: Pick<ComponentRow, 'id' | 'settings'>;
  action: string;
  neighbourhoodId: string | null;
  returnTo: string;
}

/**
 * Null when the person may perform the action as far as verification goes (nothing required, or their
 * verification meets it), otherwise the refusal with the way to get verified. When it passes, the
 * verification is noted as used for the component, so a deleted account's hash stays while it is open.
 */
export async function checkRequirement(db: Kysely<Database>, user: CurrentUser | null, target: RequirementTarget): Promise<RequirementRefusal | null> {
  const requirement = actionRequirement(target.spec, target.component, target.action);
  if (!requirement) return null;
  const href = verificationHref(target.returnTo, requirement);
  if (!user) return { reason: 'sign_in', requirement, href };
  const row = await findVerification(db, user.id);
  const reason = unmetReason(row, requirement, target.neighbourhoodId);
  if (reason) return { reason, requirement, href };
  await db
    .insertInto('verification_use')
    .values({ verification_id: row!.id, component_id: target.component.id, action: target.action })
    .onConflict((oc) => oc.columns(['verification_id', 'component_id', 'action']).doNothing())
    .execute();
  return null;
}

/** What a page shows before the action: the requirement, if any, and whether this person meets it (without noting any use). */
export async function requirementStatus(db: Kysely<Database>, user: CurrentUser | null, target: RequirementTarget): Promise<RequirementRefusal | null> {
  const requirement = actionRequirement(target.spec, target.component, target.action);
  if (!requirement) return null;
  const href = verificationHref(target.returnTo, requirement);
  if (!user) return { reason: 'sign_in', requirement, href };
  const reason = unmetReason(await findVerification(db, user.id), requirement, target.neighbourhoodId);
  return reason ? { reason, requirement, href } : null;
}

/** A requirement refusal as the error pages explain (message, and the link to get verified and come back). */
export function requirementError(refusal: RequirementRefusal): Refusal {
  const status = refusal.reason === 'sign_in' ? 401 : 403;
  return new Refusal(status, 'verification_required', `verification.refusal.${refusal.reason}`, { href: refusal.href, labelKey: 'verification.refusal.link' }, { method: `verification.method.${refusal.requirement.method}` });
}

/** Checks the requirement of an action and throws the explained refusal when the person does not meet it. */
export async function assertRequirement(db: Kysely<Database>, user: CurrentUser | null, target: RequirementTarget): Promise<void> {
  const refusal = await checkRequirement(db, user, target);
  if (refusal) throw requirementError(refusal);
}
