import { z } from 'zod';
import type { FormValues } from '../../../platform/form.ts';
import type { ComponentRow } from '../types.ts';
import type { ComponentSpec } from './manifest.ts';
import { readStoredSettings, type StoredSettings } from './settings.ts';

/** The ways a city can check who a person is (the verification module implements them). */
export const verificationMethods = ['census', 'letter', 'desk'] as const;
export type VerificationMethod = (typeof verificationMethods)[number];

/** What an action may require: nothing, any verification, or one method in particular. */
export const requirementChoices = ['none', 'any', ...verificationMethods] as const;
export type RequirementChoice = (typeof requirementChoices)[number];

/** A requirement as stored with the component's settings (`settings.requirements[action]`). */
const storedRequirement = z.object({
  method: z.enum(requirementChoices).catch('none'),
  neighbourhood: z.boolean().catch(false),
});
export type StoredRequirement = z.output<typeof storedRequirement>;

/** What an action of one component requires right now: a method ('any' or one of them), and whether the neighbourhood must match. */
export interface ActionRequirement {
  action: string;
  method: 'any' | VerificationMethod;
  neighbourhood: boolean;
}

/** The actions of a spec that admins may put behind a verification (declared with `verifiable: true`). */
export function verifiableActions(spec: Pick<ComponentSpec, 'actions'>): string[] {
  return Object.entries(spec.actions)
    .filter(([, action]) => action.verifiable === true)
    .map(([name]) => name);
}

/** Reads the requirements a stored settings object holds, keeping only known actions and valid values. */
export function readRequirements(spec: Pick<ComponentSpec, 'actions'>, stored: StoredSettings): Record<string, StoredRequirement> {
  const out: Record<string, StoredRequirement> = {};
  for (const action of verifiableActions(spec)) out[action] = storedRequirement.parse(stored.requirements?.[action] ?? {});
  return out;
}

/**
 * What a component requires before a person performs `action`, or null when nothing is required
 * (the action is not verifiable, or the admins left it at "none").
 */
export function actionRequirement(spec: Pick<ComponentSpec, 'actions'>, component: Pick<ComponentRow, 'settings'>, action: string): ActionRequirement | null {
  if (spec.actions[action]?.verifiable !== true) return null;
  const stored = readRequirements(spec, readStoredSettings(component.settings))[action];
  return stored.method === 'none' ? null : { action, method: stored.method, neighbourhood: stored.neighbourhood };
}

/** Field names of an action's requirement in the component's settings form. */
export const requirementFieldNames = (action: string) => ({ method: `require.${action}.method`, neighbourhood: `require.${action}.neighbourhood` });

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the requirement fields of the settings form; an unknown method is an error on its field. */
export function parseRequirementsForm(spec: Pick<ComponentSpec, 'actions'>, values: FormValues): { requirements: Record<string, StoredRequirement>; invalid: string[] } {
  const requirements: Record<string, StoredRequirement> = {};
  const invalid: string[] = [];
  for (const action of verifiableActions(spec)) {
    const names = requirementFieldNames(action);
    const method = one(values[names.method]) ?? 'none';
    if (!(requirementChoices as readonly string[]).includes(method)) invalid.push(names.method);
    requirements[action] = { method: (requirementChoices as readonly string[]).includes(method) ? (method as RequirementChoice) : 'none', neighbourhood: one(values[names.neighbourhood]) === 'on' };
  }
  return { requirements, invalid };
}

/** The stored requirements as form values, to fill the settings form. */
export function requirementFormValues(spec: Pick<ComponentSpec, 'actions'>, stored: StoredSettings): FormValues {
  const values: FormValues = {};
  for (const [action, requirement] of Object.entries(readRequirements(spec, stored))) {
    const names = requirementFieldNames(action);
    values[names.method] = requirement.method;
    if (requirement.neighbourhood) values[names.neighbourhood] = 'on';
  }
  return values;
}
