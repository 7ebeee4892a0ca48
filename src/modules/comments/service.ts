import { randomUUID } from 'node:crypto';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { AppDeps, CurrentUser } from '../../platform/context.ts';
import type { FieldErrors } from '../../platform/form.ts';
import { notFound } from '../../platform/errors.ts';
import { requireResident } from '../../platform/session.ts';
import { blockedUntil } from '../moderation/index.ts';
import { notify } from '../notifications/index.ts';
import { canActFor } from '../organisations/index.ts';
import { commentAddress } from './comment-address.ts';
import { renderCommentHtml } from './comment-html.ts';
import { findComment } from './queries.ts';
import { findCommentable, type CommentableContext } from './registry.ts';
import { MAX_COMMENT_DEPTH, type Stance } from './stances.ts';

/** A refusal the page explains: catalog keys per field (`_form` for the whole form) and the HTTP status to answer with. */
export type CommentResult<T = void> = { ok: true; value: T } | { ok: false; status: 400 | 403 | 409; errors: FieldErrors; blockedUntil?: string };

type Deps = Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log' | 'modules'>;

/** The refusal of a blocked person, saying until when. */
const refuseBlocked = (until: string) => ({ ok: false as const, status: 403 as const, errors: { _form: 'comments.errors.blocked' }, blockedUntil: until });

const refuse = (status: 400 | 403 | 409, key: string, field = '_form'): { ok: false; status: 400 | 403 | 409; errors: FieldErrors } => ({ ok: false, status, errors: { [field]: key } });

/** The resource's context for this viewer, or 404 when it does not exist or they may not see it. */
export async function requireCommentable(deps: Pick<AppDeps, 'db' | 'modules'>, type: string, id: string, viewer: CurrentUser | null): Promise<CommentableContext> {
  const def = findCommentable(deps.modules, type);
  const context = def ? await def.load(deps.db, id, viewer) : null;
  if (!context) throw notFound();
  return context;
}

/** What a new comment or reply says. */
export interface NewComment {
  resourceType: string;
  resourceId: string;
  parentId: string | null;
  body: string;
  stance: Stance | null;
  organisationId: string | null;
}

/**
 * Posts a comment or a reply (verified residents, not blocked, while the resource is open, replies up to
 * depth 3), then tells the resource's owners (top-level) or the parent's author (reply).
 */
export async function postComment(deps: Deps, user: CurrentUser | null, input: NewComment): Promise<CommentResult<{ id: string; url: string }>> {
  const person = requireResident(user);
  const context = await requireCommentable(deps, input.resourceType, input.resourceId, person);
  const until = await blockedUntil(deps.db, person.id);
  if (until) return refuseBlocked(until);
  if (!context.open) return refuse(403, context.closedReasonKey ?? 'comments.closed');
  if (input.organisationId && !(await canActFor(deps.db, person.id, input.organisationId))) return refuse(403, 'org.actor.notMember', 'actor');
  const parent = input.parentId ? await findComment(deps.db, input.parentId) : undefined;
  if (input.parentId) {
    if (!parent || parent.resource_type !== input.resourceType || parent.resource_id !== input.resourceId) return refuse(400, 'comments.errors.parentMissing');
    if (parent.deleted_at || parent.hidden_at) return refuse(409, 'comments.errors.parentGone');
    if (Number(parent.depth) >= MAX_COMMENT_DEPTH) return refuse(400, 'comments.errors.tooDeep');
  }
  const id = randomUUID();
  await deps.db
    .insertInto('comment')
    .values({
      id,
      resource_type: input.resourceType,
      resource_id: input.resourceId,
      parent_id: parent?.id ?? null,
      depth: parent ? Number(parent.depth) + 1 : 1,
      author_user_id: person.id,
      organisation_id: input.organisationId,
      stance: parent || !context.stancesEnabled ? null : (input.stance ?? 'neutral'),
      body: input.body,
      body_html: renderCommentHtml(input.body),
      created_at: new Date().toISOString(),
      edited_at: null,
      deleted_at: null,
      hidden_at: null,
      hidden_reason: null,
    })
    .execute();
  const url = `/comments/${id}`;
  if (parent) await notify(deps, { userIds: [parent.author_user_id], kind: 'reply_to_my_comment', params: { title: context.title }, url, excludeUserId: person.id, news: input.body });
  else await notify(deps, { userIds: context.ownerUserIds, kind: 'comment_on_my_proposal', params: { title: context.title }, url, excludeUserId: person.id, news: input.body });
  return { ok: true, value: { id, url: await commentAddress(deps.db, context.url, id) } };
}

/** A comment the person may act on, with its resource's context; 404 when it is gone or not visible. */
async function requireLiveComment(deps: Deps, user: CurrentUser, commentId: string) {
  const comment = await findComment(deps.db, commentId);
  if (!comment || comment.deleted_at) throw notFound();
  const context = await requireCommentable(deps, comment.resource_type, comment.resource_id, user);
  return { comment, context };
}

/**
 * Votes a comment up (+1) or down (-1): one vote per person, kept unique by the table's primary key.
 * The same vote twice is refused; the opposite vote switches it.
 */
export async function voteOnComment(deps: Deps, user: CurrentUser | null, commentId: string, direction: 1 | -1): Promise<CommentResult<{ url: string }>> {
  const person = requireResident(user);
  const { comment, context } = await requireLiveComment(deps, person, commentId);
  const until = await blockedUntil(deps.db, person.id);
  if (until) return refuseBlocked(until);
  if (!context.open) return refuse(403, context.closedReasonKey ?? 'comments.closed');
  if (comment.hidden_at) return refuse(409, 'comments.errors.hidden');
  if (comment.author_user_id === person.id) return refuse(403, 'comments.errors.ownComment');
  const castVote = () =>
    deps.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('comment_vote').select('direction').where('comment_id', '=', commentId).where('user_id', '=', person.id).executeTakeFirst();
      if (existing && Number(existing.direction) === direction) return false;
      if (existing) await trx.updateTable('comment_vote').set({ direction, created_at: new Date().toISOString() }).where('comment_id', '=', commentId).where('user_id', '=', person.id).execute();
      else await trx.insertInto('comment_vote').values({ comment_id: commentId, user_id: person.id, direction, created_at: new Date().toISOString() }).execute();
      return true;
    });
  let changed: boolean;
  try {
    changed = await castVote();
  } catch (err) {
    // Two votes at the same instant: the other one got the row; decide again against it.
    if (!isUniqueViolation(err)) throw err;
    changed = await castVote();
  }
  if (!changed) return refuse(409, direction === 1 ? 'comments.errors.alreadyUp' : 'comments.errors.alreadyDown');
  return { ok: true, value: { url: await commentAddress(deps.db, context.url, commentId) } };
}

/** Changes the text of one's own comment (marked edited); refused for someone else's, hidden or closed. */
export async function editComment(deps: Deps, user: CurrentUser | null, commentId: string, body: string): Promise<CommentResult<{ url: string }>> {
  const person = requireResident(user);
  const { comment, context } = await requireLiveComment(deps, person, commentId);
  if (comment.author_user_id !== person.id) return refuse(403, 'comments.errors.notAuthor');
  const until = await blockedUntil(deps.db, person.id);
  if (until) return refuseBlocked(until);
  if (comment.hidden_at) return refuse(409, 'comments.errors.hidden');
  if (!context.open) return refuse(403, context.closedReasonKey ?? 'comments.closed');
  await deps.db.updateTable('comment').set({ body, body_html: renderCommentHtml(body), edited_at: new Date().toISOString() }).where('id', '=', commentId).execute();
  return { ok: true, value: { url: await commentAddress(deps.db, context.url, commentId) } };
}

/**
 * Deletes one's own comment: its text is erased and a tombstone keeps the replies' thread readable.
 * Allowed even when commenting is closed or the comment is hidden: people may always withdraw what they wrote.
 */
export async function deleteComment(deps: Deps, user: CurrentUser | null, commentId: string): Promise<CommentResult<{ url: string }>> {
  const person = requireResident(user);
  const { comment, context } = await requireLiveComment(deps, person, commentId);
  if (comment.author_user_id !== person.id) return refuse(403, 'comments.errors.notAuthor');
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('comment').set({ body: '', body_html: '', deleted_at: new Date().toISOString() }).where('id', '=', commentId).execute();
    await trx.deleteFrom('comment_vote').where('comment_id', '=', commentId).execute();
  });
  return { ok: true, value: { url: await commentAddress(deps.db, context.url, commentId) } };
}
