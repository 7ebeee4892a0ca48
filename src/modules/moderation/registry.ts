import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser, ModuleRegistry } from '../../platform/context.ts';

/** What loading a flaggable resource may use: the database and the other modules' registries. */
export interface ResourceDeps {
  db: Kysely<Database>;
  modules: ModuleRegistry;
}

/** What moderation needs to know about one flaggable resource, as one viewer may see it. */
export interface ModeratedResource {
  /** Empty when the resource is hidden and the viewer may not read hidden content. */
  title: string;
  /** Empty when the resource is hidden and the viewer may not read hidden content. */
  excerpt: string;
  url: string;
  processId: string | null;
  authorUserId: string | null;
  /** Number of open flags at which the resource is hidden until a moderator reviews it. */
  flagThreshold: number;
  hidden: boolean;
}

/** A type of resource people can flag (proposals, comments...), declared by the module that owns it. */
export interface ModeratableDefinition {
  type: string;
  /**
   * The resource as `viewer` may see it, through the owning module's usual access check: null when it
   * does not exist or the viewer could not open its page (a draft process, for anyone but a city admin).
   */
  load(deps: ResourceDeps, id: string, viewer: CurrentUser | null): Promise<ModeratedResource | null>;
  setHidden(trx: Kysely<Database>, id: string, hidden: boolean, publicReason: string | null): Promise<void>;
}

declare module '../../platform/context.ts' {
  interface ModuleRegistry {
    /** Resource types people can flag, declared in their modules' `moderatables` (filled by src/modules/install.ts). */
    moderatables: ReadonlyMap<string, ModeratableDefinition>;
  }
}

/** Where the flaggable types are found: the app's module registry (`deps.modules`). */
export type Moderatables = { moderatables: ReadonlyMap<string, ModeratableDefinition> };

/** The definition of a flaggable type, or undefined when no installed module declares it. */
export function findModeratable(registry: Moderatables, type: string): ModeratableDefinition | undefined {
  return registry.moderatables.get(type);
}
