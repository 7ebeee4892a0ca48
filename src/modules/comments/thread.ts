import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import { isModerator } from '../../platform/session.ts';
import { listActingOptions, type ActingOption } from '../organisations/index.ts';
import { COMMENTS_PER_PAGE, type CommentListing } from './listing.ts';
import { commentCountsByStance, listCommentOutlines, listCommentRows, storeCommentHtml, voteTotals, type CommentOutline, type CommentRow } from './queries.ts';
import { findCommentable, type CommentableContext } from './registry.ts';
import type { CommentSort, Stance, StanceCounts } from './stances.ts';

/** One comment as the debate shows it; body is null when deleted, or hidden from this viewer. */
export interface CommentView {
  id: string;
  parentId: string | null;
  depth: number;
  /** null for a deleted account ("deleted participant"). */
  authorName: string | null;
  organisation: { name: string; slug: string } | null;
  stance: Stance | null;
  body: string | null;
  /** The body as HTML, made once when written (null with body). */
  bodyHtml: string | null;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  hiddenReason: string | null;
  up: number;
  down: number;
  myVote: -1 | 0 | 1;
  mine: boolean;
  replies: CommentView[];
}

/** Everything the debate block needs about one resource. */
export interface CommentThread {
  resource: { type: string; id: string };
  context: CommentableContext;
  sort: CommentSort;
  /** The top-level comments of the page shown (every one for the API), each with its replies. */
  comments: CommentView[];
  /** Which page that is (1-based), of how many, and how many top-level comments there are in all. */
  pages: { current: number; count: number; threads: number };
  counts: StanceCounts;
  actingOptions: ActingOption[];
  viewerIsModerator: boolean;
}

const stanceOrder: Record<string, number> = { favour: 0, against: 1, neutral: 2 };

type Votes = { up: number; down: number; mine: number };

/** A comment's place in its debate (what sorting and choosing a page need), before its text is loaded. */
interface PlacedComment extends Pick<CommentView, 'id' | 'parentId' | 'stance' | 'createdAt' | 'up' | 'down'> {
  replies: PlacedComment[];
}

const stanceOf = (value: string | null): Stance | null => (value === 'favour' || value === 'against' || value === 'neutral' ? value : null);

function toPlaced(outline: CommentOutline, votes: Votes | undefined): PlacedComment {
  return { id: outline.id, parentId: outline.parent_id, stance: stanceOf(outline.stance), createdAt: outline.created_at, up: votes?.up ?? 0, down: votes?.down ?? 0, replies: [] };
}

function toView(row: CommentRow, votes: Votes | undefined, viewer: CurrentUser | null, moderator: boolean): CommentView {
  const deleted = row.deleted_at !== null;
  const hidden = row.hidden_at !== null;
  const stance = stanceOf(row.stance);
  return {
    id: row.id,
    parentId: row.parent_id,
    depth: Number(row.depth),
    authorName: row.author_deleted ? null : row.author_name,
    organisation: row.organisation_name && row.organisation_slug ? { name: row.organisation_name, slug: row.organisation_slug } : null,
    stance,
    // Moderators still read hidden comments so they can restore them; nobody reads a deleted one.
    body: deleted || (hidden && !moderator) ? null : row.body,
    bodyHtml: deleted || (hidden && !moderator) ? null : row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deleted,
    hidden,
    hiddenReason: row.hidden_reason,
    up: votes?.up ?? 0,
    down: votes?.down ?? 0,
    myVote: votes && votes.mine > 0 ? 1 : votes && votes.mine < 0 ? -1 : 0,
    mine: viewer !== null && row.author_user_id === viewer.id,
    replies: [],
  };
}

/** Orders top-level comments by the chosen sort; replies always read oldest first, like a conversation. */
export function sortTopLevel<T extends Pick<CommentView, 'id' | 'createdAt' | 'up' | 'down' | 'stance'>>(comments: T[], sort: CommentSort): T[] {
  // Plain code-unit order, as the databases compare these columns (comment-address.ts counts the same way).
  const byAge = (a: T, b: T) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const list = [...comments];
  if (sort === 'best') return list.sort((a, b) => b.up - b.down - (a.up - a.down) || byAge(a, b));
  if (sort === 'stance') return list.sort((a, b) => (stanceOrder[a.stance ?? ''] ?? 3) - (stanceOrder[b.stance ?? ''] ?? 3) || byAge(a, b));
  return list.sort(byAge);
}

/**
 * What the page embedding the debate already loaded for this viewer: passing it saves the queries that
 * would load it again (the resource's page has just read the resource and the viewer's organisations).
 */
export interface KnownThreadInputs {
  /** The resource's commenting context, as its registered definition would build it for this viewer. */
  context?: CommentableContext;
  actingOptions?: ActingOption[];
}

/** The top-level comment whose thread holds `id`, if any. */
function threadOf<T extends { parentId: string | null }>(views: Map<string, T>, id: string): T | undefined {
  let view = views.get(id);
  while (view?.parentId && views.has(view.parentId)) view = views.get(view.parentId);
  return view;
}

/** Every comment of these threads, replies included. */
export const inThreads = <T extends { replies: T[] }>(threads: T[]): T[] => threads.flatMap((c) => [c, ...inThreads(c.replies)]);

/**
 * Loads the debate of a resource for a viewer (null when the resource does not exist or is not visible to
 * them): one page of COMMENTS_PER_PAGE top-level comments in the chosen order, each with its replies.
 */
export async function loadCommentThread(deps: Pick<AppDeps, 'db' | 'modules'>, resource: { type: string; id: string }, viewer: CurrentUser | null, listing: Partial<CommentListing> = {}, known: KnownThreadInputs = {}): Promise<CommentThread | null> {
  const { db } = deps;
  const sort = listing.sort ?? 'oldest';
  const def = known.context ? undefined : findCommentable(deps.modules, resource.type);
  const context = known.context ?? (def ? await def.load(db, resource.id, viewer) : null);
  if (!context) return null;
  const moderator = isModerator(viewer);
  const [outlines, votes, counts, actingOptions] = await Promise.all([
    listCommentOutlines(db, resource.type, resource.id),
    voteTotals(db, resource.type, resource.id, viewer?.id ?? null),
    commentCountsByStance(db, resource.type, [resource.id]),
    known.actingOptions ?? (viewer ? listActingOptions(db, viewer.id) : Promise.resolve([])),
  ]);
  const placed = new Map(outlines.map((o) => [o.id, toPlaced(o, votes.get(o.id))]));
  const top: PlacedComment[] = [];
  // Outlines come oldest first, so pushing keeps replies in conversation order.
  for (const comment of placed.values()) {
    const parent = comment.parentId ? placed.get(comment.parentId) : undefined;
    if (parent) parent.replies.push(comment);
    else top.push(comment);
  }
  const sorted = sortTopLevel(top, sort);
  const all = listing.page === 'all';
  const count = all ? 1 : Math.max(1, Math.ceil(sorted.length / COMMENTS_PER_PAGE));
  const holding = !all && listing.showing ? sorted.indexOf(threadOf(placed, listing.showing)!) : -1;
  // A page past the end (the debate got shorter since the link was made) shows the last one.
  const current = holding >= 0 ? Math.floor(holding / COMMENTS_PER_PAGE) + 1 : all ? 1 : Math.min(Math.max(1, Math.floor(Number(listing.page ?? 1))), count);
  const shownPlaces = all ? sorted : sorted.slice((current - 1) * COMMENTS_PER_PAGE, current * COMMENTS_PER_PAGE);
  // Texts, authors and organisations of the shown threads only: a page of 50 threads reads 50, not the whole debate.
  const rows = await listCommentRows(db, inThreads(shownPlaces).map((c) => c.id));
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  // A comment removed between the two queries is left out with its replies.
  const toShown = (places: PlacedComment[]): CommentView[] =>
    places.flatMap((p) => {
      const row = rowOf.get(p.id);
      return row ? [{ ...toView(row, votes.get(p.id), viewer, moderator), replies: toShown(p.replies) }] : [];
    });
  const shown = toShown(shownPlaces);
  await fillMissingHtml(db, inThreads(shown), rows);
  return {
    resource,
    context,
    sort,
    comments: shown,
    pages: { current, count, threads: sorted.length },
    counts: counts.get(resource.id) ?? { favour: 0, against: 0, neutral: 0, total: 0 },
    actingOptions,
    viewerIsModerator: moderator,
  };
}

/** Comments written before their HTML was stored (migration 019) get it now, once: stored, and set on the views. */
async function fillMissingHtml(db: AppDeps['db'], shown: CommentView[], rows: CommentRow[]): Promise<void> {
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const missing = shown.filter((v) => v.body !== null && v.bodyHtml === null).map((v) => ({ view: v, row: rowOf.get(v.id)! }));
  if (missing.length === 0) return;
  const made = await storeCommentHtml(db, missing.map(({ row }) => row));
  for (const { view, row } of missing) view.bodyHtml = made.get(row.id)!;
}
