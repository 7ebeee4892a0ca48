import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** What moderation needs to know about one flaggable resource. */
export interface ModeratedResource {
  title: string;
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
  load(db: Kysely<Database>, id: string): Promise<ModeratedResource | null>;
  setHidden(trx: Kysely<Database>, id: string, hidden: boolean, publicReason: string | null): Promise<void>;
}

const definitions = new Map<string, ModeratableDefinition>();

/** Declares a flaggable resource type (called once, when the owning module loads; a second call replaces the first). */
export function registerModeratable(def: ModeratableDefinition): void {
  definitions.set(def.type, def);
}

/** The definition of a flaggable type, or undefined when no module registered it. */
export function findModeratable(type: string): ModeratableDefinition | undefined {
  return definitions.get(type);
}
