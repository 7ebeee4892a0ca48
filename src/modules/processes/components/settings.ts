import type { z } from 'zod';
import { isAdmin, isModerator, isResident } from '../../../platform/session.ts';
import type { CurrentUser } from '../../../platform/context.ts';
import type { ComponentRow, PhaseRow } from '../types.ts';
import type { ComponentSpec, Permission } from './manifest.ts';

/** Settings as stored in `component.settings`: global values and one object per phase id. */
export interface StoredSettings {
  global: Record<string, unknown>;
  phases: Record<string, Record<string, unknown>>;
  /** What each verifiable action requires (see requirements.ts); absent when none was ever set. */
  requirements?: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The part of a spec that settings need. */
export type SettingsSchemas<G extends z.ZodObject, P extends z.ZodObject> = Pick<ComponentSpec<G, P>, 'type' | 'globalSettings' | 'phaseSettings'>;

/** Reads the stored JSON; anything unreadable counts as "nothing set" so defaults apply. */
export function readStoredSettings(json: string): StoredSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = {};
  }
  const root = isRecord(parsed) ? parsed : {};
  const phases: StoredSettings['phases'] = {};
  if (isRecord(root.phases)) for (const [id, v] of Object.entries(root.phases)) if (isRecord(v)) phases[id] = v;
  return { global: isRecord(root.global) ? root.global : {}, phases, ...(isRecord(root.requirements) ? { requirements: root.requirements } : {}) };
}

/** Validates stored values key by key: a value that no longer fits (the manifest changed) falls back to its default. */
export function settingsWithDefaults<S extends z.ZodObject>(schema: S, stored: Record<string, unknown>): z.output<S> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const own = field.safeParse(stored[name]);
    out[name] = own.success ? own.data : field.safeParse(undefined).data;
  }
  return out as z.output<S>;
}

/** The global settings of a component and those of one phase (defaults when the phase has none or is null). */
export function componentSettingsFor<G extends z.ZodObject, P extends z.ZodObject>(
  component: Pick<ComponentRow, 'type' | 'settings'>,
  phaseId: string | null,
  manifest: SettingsSchemas<G, P>,
): { global: z.output<G>; phase: z.output<P> } {
  if (component.type !== manifest.type) throw new Error(`A "${component.type}" component read with the "${manifest.type}" settings`);
  const stored = readStoredSettings(component.settings);
  return {
    global: settingsWithDefaults(manifest.globalSettings, stored.global),
    phase: settingsWithDefaults(manifest.phaseSettings, (phaseId && stored.phases[phaseId]) || {}),
  };
}

/**
 * Whether an action is open now: it must exist, and its `enabledBy` setting (looked up in the
 * current phase's settings first, then the global ones) must be true. A phase setting with no
 * current phase means closed.
 */
export function isActionEnabled(
  manifest: ComponentSpec,
  component: Pick<ComponentRow, 'type' | 'settings'>,
  currentPhase: Pick<PhaseRow, 'id'> | null,
  action: string,
): boolean {
  const declared = manifest.actions[action];
  if (!declared) return false;
  if (!declared.enabledBy) return true;
  const key = declared.enabledBy;
  const settings = componentSettingsFor(component, currentPhase?.id ?? null, manifest);
  if (key in manifest.phaseSettings.shape) return currentPhase !== null && (settings.phase as Record<string, unknown>)[key] === true;
  return (settings.global as Record<string, unknown>)[key] === true;
}

/** Why a person does not hold a permission, in the order they would fix it (sign in, verify, then role). */
export type PermissionRefusal = 'sign_in_required' | 'email_unverified' | 'moderator_only' | 'admin_only';

/** Null when this person holds the permission, otherwise why not. */
export function permissionRefusal(user: CurrentUser | null, permission: Permission): PermissionRefusal | null {
  if (permission === 'visitor') return null;
  if (!user) return 'sign_in_required';
  if (!isResident(user)) return 'email_unverified';
  if (permission === 'moderator' && !isModerator(user)) return 'moderator_only';
  if (permission === 'admin' && !isAdmin(user)) return 'admin_only';
  return null;
}

/** Whether this person holds the permission an action declares (it does not check whether the action is open). */
export function mayPerform(user: CurrentUser | null, manifest: ComponentSpec, action: string): boolean {
  const declared = manifest.actions[action];
  return declared !== undefined && permissionRefusal(user, declared.permission) === null;
}
