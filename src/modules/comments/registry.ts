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

declare module '../../platform/context.ts' {
  interface ModuleRegistry {
    /** Resource types people can comment on, declared in their modules' `commentables` (filled by src/modules/install.ts). */
    commentables: ReadonlyMap<string, CommentableDefinition>;
  }
}

/** Where the commentable types are found: the app's module registry (`deps.modules`). */
export type Commentables = { commentables: ReadonlyMap<string, CommentableDefinition> };

/** The definition of a commentable type, or undefined when no installed module declares it. */
export function findCommentable(registry: Commentables, type: string): CommentableDefinition | undefined {
  return registry.commentables.get(type);
}
