/** The position a top-level comment takes on the resource. */
export const stances = ['favour', 'against', 'neutral'] as const;
export type Stance = (typeof stances)[number];

/** How a debate is ordered: oldest first, best score first, or grouped by stance. */
export const commentSorts = ['oldest', 'best', 'stance'] as const;
export type CommentSort = (typeof commentSorts)[number];

/** The query parameter a resource page reads the debate's order from. */
export const COMMENT_SORT_PARAM = 'comment_sort';

/** Reads a sort choice from a query value (anything unknown means oldest first). */
export function parseCommentSort(value: string | undefined | null): CommentSort {
  return (commentSorts as readonly string[]).includes(value ?? '') ? (value as CommentSort) : 'oldest';
}

/** Comments per stance on one resource; total counts every visible comment, replies included. */
export interface StanceCounts {
  favour: number;
  against: number;
  neutral: number;
  total: number;
}

/** Replies nest this deep at most (a top-level comment is depth 1). */
export const MAX_COMMENT_DEPTH = 3;
/** Characters a comment may have, line breaks counted once. */
export const MAX_COMMENT_LENGTH = 2000;
