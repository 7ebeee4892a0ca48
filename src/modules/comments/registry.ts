import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CurrentUser } from '../../platform/context.ts';

/** What commenting needs to know about one resource, as its viewer sees it. */
export interface CommentableContext {
  /** The resource's page; comments redirect back here (#comment-<id> anchors). */
  url: string;
  title: string;
  /** Commenting allowed now (phase setting, not withdrawn, not hidden). */
  open: boolean;
  /** Catalog key shown instead of the form when !open. */
  closedReasonKey?: string;
  /** Notified of a new top-level comment (authors and accepted co-authors). */
  ownerUserIds: string[];
  /** For the public moderation log. */
  processId: string | null;
  /** Top-level comments carry a stance (favour/against/neutral). */
  stancesEnabled: boolean;
  /** Open flags at which a comment here is hidden pending review (default 3). */
  flagThreshold?: number;
}

/** A type of resource people can comment on, declared by the module that owns it. */
export interface CommentableDefinition {
  type: string;
  /** Context of one resource for commenting: null when it does not exist or the viewer may not see it. */
  load(db: Kysely<Database>, id: string, viewer: CurrentUser | null): Promise<CommentableContext | null>;
}

const definitions = new Map<string, CommentableDefinition>();

/** Declares a commentable resource type (called once when the owning module loads; a second call replaces the first). */
export function registerCommentable(def: CommentableDefinition): void {
  definitions.set(def.type, def);
}

/** The definition of a commentable type, or undefined when no module registered it. */
export function findCommentable(type: string): CommentableDefinition | undefined {
  return definitions.get(type);
}
