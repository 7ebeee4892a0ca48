import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema.ts';
import type { AppEnv } from '../../../platform/context.ts';
import type { FormValues } from '../../../platform/form.ts';
import type { FormState } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import type { ComponentRow, ProcessDetail } from '../types.ts';

/** Who may perform an action: anyone, a verified resident, a moderator or a city admin. */
export type Permission = 'visitor' | 'resident' | 'moderator' | 'admin';

/** One thing people do with a component (create, support, comment, vote...). */
export interface ComponentAction {
  permission: Permission;
  /** Name of a boolean setting (per phase, or global) that must be true for the action to be open. */
  enabledBy?: string;
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
 * What a component type declares about itself. Every setting must have a `.default()` so a
 * component works right after it is added; label keys follow `components.<type>.settings.<name>`
 * (and `.<option>` for enum options).
 */
export interface ComponentManifest<G extends z.ZodObject = z.ZodObject, P extends z.ZodObject = z.ZodObject> {
  type: string;
  /** Catalog key of the type's human name. */
  nameKey: string;
  globalSettings: G;
  phaseSettings: P;
  actions: Record<string, ComponentAction>;
  /** The body of the component's public page (the page frame, title and breadcrumb are drawn around it). */
  renderPublic(c: Context<AppEnv>, component: ComponentRow, detail: ProcessDetail): Promise<Child> | Child;
  content?: ComponentContent;
}

/** Declares a manifest with its settings types kept (a typed identity function). */
export function defineComponent<G extends z.ZodObject, P extends z.ZodObject>(manifest: ComponentManifest<G, P>): ComponentManifest<G, P> {
  return manifest;
}
