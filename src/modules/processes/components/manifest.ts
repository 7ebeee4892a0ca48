import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../platform/context.ts';
import type { FormValues } from '../../../platform/form.ts';
import type { Tally } from '../../../web/confirm.tsx';
import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ComponentRow, ProcessDetail } from '../types.ts';

/** Who may perform an action: anyone, a verified resident, a moderator or a city admin. */
export type Permission = 'visitor' | 'resident' | 'moderator' | 'admin';

/** The names of a settings schema's boolean settings. */
export type BooleanSettingKeys<S extends z.ZodObject> = { [K in keyof z.output<S>]: z.output<S>[K] extends boolean ? K : never }[keyof z.output<S>] & string;

/** One thing people do with a component (create, support, comment, vote...). */
export interface ComponentAction<EnabledBy extends string = string> {
  permission: Permission;
  /** A boolean setting (per phase, or global) that must be true for the action to be open. */
  enabledBy?: EnabledBy;
  /**
   * Admins may put the action behind a verification of identity (a method, and optionally "same
   * neighbourhood"): the settings form offers it and `actionRequirement` reads it. The module that
   * performs the action asks the verification module to check it.
   */
  verifiable?: true;
}

/**
 * Extra content edited with the component on its admin page (the "page" component's text, for example):
 * its zod schema, how to load it as form values, how to save it, and its form fields.
 */
export interface ComponentContent<C extends z.ZodObject = z.ZodObject> {
  schema: C;
  load(db: Kysely<Database>, componentId: string): Promise<FormValues>;
  save(trx: Kysely<Database>, componentId: string, data: z.output<C>): Promise<void>;
  renderAdmin(ctx: PageContext, state: FormState): Child;
}

/**
 * The declarative half of a component type: its settings and its actions with what each needs. It
 * imports no view, so the module's rules and queries can read it without loading its pages. Every
 * setting must have a `.default()` so a component works right after it is added; label keys follow
 * `components.<type>.settings.<name>` (and `.<option>` for enum options).
 */
// `any` defaults: a registry holds specs of every shape; a declared spec keeps its own types.
export interface ComponentSpec<G extends z.ZodObject = any, P extends z.ZodObject = any> {
  type: string;
  /** Catalog key of the type's human name. */
  nameKey: string;
  globalSettings: G;
  phaseSettings: P;
  actions: Record<string, ComponentAction<BooleanSettingKeys<G> | BooleanSettingKeys<P>>>;
}

/** A component type: its spec, plus its public page and any content edited with it. */
export interface ComponentManifest<G extends z.ZodObject = any, P extends z.ZodObject = any> extends ComponentSpec<G, P> {
  /** The body of the component's public page (the page frame, title and breadcrumb are drawn around it). */
  renderPublic(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail): Promise<Child> | Child;
  content?: ComponentContent;
  /** A short live summary under the component's name on the process page (the next meetings, say); null for none. */
  summary?(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail): Promise<Child | null>;
  /**
   * What people contributed to a component of this type (proposals, ballots, votes...), as counts. A
   * component holding any cannot be removed, only unpublished or closed. `lock` (inside the removal's
   * transaction) locks the rows new contributions would reference, so none slips in before the check.
   */
  participation?(db: Kysely<Database>, componentId: string, lock: boolean): Promise<Tally[]>;
}

/**
 * Declares a component spec with its settings types and action names kept, so `enabledBy` must name
 * one of its boolean settings and the rules can list its actions as a union.
 */
export function defineComponentSpec<G extends z.ZodObject, P extends z.ZodObject, A extends Record<string, ComponentAction<BooleanSettingKeys<G> | BooleanSettingKeys<P>>>>(
  spec: Omit<ComponentSpec<G, P>, 'actions'> & { actions: A },
): Omit<ComponentSpec<G, P>, 'actions'> & { actions: A } {
  return spec;
}

/** Declares a manifest with its settings types kept (a typed identity function). */
export function defineComponent<G extends z.ZodObject, P extends z.ZodObject>(manifest: ComponentManifest<G, P>): ComponentManifest<G, P> {
  return manifest;
}
