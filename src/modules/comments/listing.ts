import { COMMENT_SORT_PARAM, parseCommentSort, type CommentSort } from './stances.ts';

/** Top-level comments (each shown with its replies) on one page of a debate. */
export const COMMENTS_PER_PAGE = 50;

/** The query parameter a resource page reads the debate's page number from (1 when absent). */
export const COMMENT_PAGE_PARAM = 'comment_page';

/** Which part of a debate to show: its order, and a page number (or every comment, for the API). */
export interface CommentListing {
  sort: CommentSort;
  page: number | 'all';
  /** Show the page that holds this comment instead (a form about it came back with a problem). */
  showing?: string;
}

/** Reads the order and page from a request's query (anything unknown: oldest first, page 1). */
export function parseCommentListing(query: (name: string) => string | undefined): CommentListing {
  const page = Number(query(COMMENT_PAGE_PARAM));
  return { sort: parseCommentSort(query(COMMENT_SORT_PARAM)), page: Number.isSafeInteger(page) && page > 0 ? page : 1 };
}

/** The resource page's address showing the debate in this order at this page (nothing added for oldest first, page 1). */
export function debateUrl(resourceUrl: string, sort: CommentSort, page: number): string {
  const [path] = resourceUrl.split('#');
  const params = [...(sort === 'oldest' ? [] : [`${COMMENT_SORT_PARAM}=${sort}`]), ...(page === 1 ? [] : [`${COMMENT_PAGE_PARAM}=${page}`])];
  return params.length === 0 ? path : `${path}${path.includes('?') ? '&' : '?'}${params.join('&')}`;
}
