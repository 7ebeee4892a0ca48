import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { setFlash } from '../../platform/flash.ts';
import { readForm, validateValues, type FieldErrors, type FormValues } from '../../platform/form.ts';
import { formatDateTime } from '../../platform/i18n/index.ts';
import { enforceRateLimit } from '../../platform/rate-limit.ts';
import { isConfirmed } from '../../web/confirm.tsx';
import { pageContext } from '../../web/layout.tsx';
import { parseActor } from '../organisations/index.ts';
import { commentAddress } from './comment-address.ts';
import { findComment } from './queries.ts';
import { editCommentSchema, newCommentSchema, resourceSchema, voteSchema } from './schemas.ts';
import { deleteComment, editComment, postComment, requireCommentable, voteOnComment } from './service.ts';
import { loadCommentThread } from './thread.ts';
import type { CommentFormKey } from './views/comment-fields.tsx';
import { CommentPage } from './views/comment-page.tsx';
import { DeleteCommentPage } from './views/delete-confirm.tsx';

/** Comments: post, reply, vote, edit, delete (all POST then 303 back to the resource), and permalinks. */
export const commentRoutes = new Hono<AppEnv>();

const writeRule = { name: 'comment-write', limit: 30, windowSeconds: 600 };

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** Translates a service's refusal (catalog keys) for the page; a block says until when. */
function translate(c: Context<AppEnv>, refusal: { errors: FieldErrors; blockedUntil?: string }): FieldErrors {
  const params = refusal.blockedUntil ? { until: formatDateTime(c.var.locale, refusal.blockedUntil) } : undefined;
  return Object.fromEntries(Object.entries(refusal.errors).map(([field, key]) => [field, c.var.t(key, params)]));
}

/** Shows the debate again on its own page with the problem beside the form it concerns (400/403/409); errors arrive translated. */
async function renderProblem(c: Context<AppEnv>, values: FormValues, key: CommentFormKey, errors: FieldErrors, status: 400 | 403 | 409) {
  const type = first(values.resource_type);
  const id = first(values.resource_id);
  // A form about one comment comes back on the debate page that holds that comment.
  const showing = key === 'new' ? undefined : key.slice(key.indexOf('-') + 1);
  const thread = type && id ? await loadCommentThread(c.var.deps, { type, id }, c.var.user, { showing }) : null;
  if (!thread) throw notFound();
  return c.html(<CommentPage ctx={pageContext(c)} thread={thread} form={{ key, state: { values, errors } }} />, status);
}

commentRoutes.post('/', async (c) => {
  const values = await readForm(c);
  const parentId = first(values.parent_id);
  const key: CommentFormKey = parentId ? `reply-${parentId}` : 'new';
  const form = validateValues(values, newCommentSchema, c.var.t);
  if (!form.ok) return renderProblem(c, values, key, form.errors, 400);
  const user = c.var.user;
  const actor = user ? await parseActor(values, c.var.deps.db, user, c.var.t) : null;
  if (actor && !actor.ok) return renderProblem(c, values, key, actor.errors, 403);
  if (user) await enforceRateLimit(c, writeRule, user.id);
  const result = await postComment(c.var.deps, user, {
    resourceType: form.data.resource_type,
    resourceId: form.data.resource_id,
    parentId: form.data.parent_id,
    body: form.data.body,
    stance: form.data.stance ?? null,
    organisationId: actor?.ok ? actor.actor.organisationId : null,
  });
  if (!result.ok) return renderProblem(c, values, key, translate(c, result), result.status);
  setFlash(c, 'comments.flash.posted');
  return c.redirect(result.value.url, 303);
});

commentRoutes.post('/:id/vote', async (c) => {
  const values = await readForm(c);
  const form = validateValues(values, voteSchema, c.var.t);
  const id = c.req.param('id');
  if (!form.ok) return renderProblem(c, values, `action-${id}`, { _form: c.var.t('form.invalidChoice') }, 400);
  const result = await voteOnComment(c.var.deps, c.var.user, id, form.data.direction === 'up' ? 1 : -1);
  if (!result.ok) return renderProblem(c, values, `action-${id}`, translate(c, result), result.status);
  setFlash(c, 'comments.flash.voted');
  return c.redirect(result.value.url, 303);
});

commentRoutes.post('/:id/edit', async (c) => {
  const id = c.req.param('id');
  const values = await readForm(c);
  const form = validateValues(values, editCommentSchema, c.var.t);
  if (!form.ok) return renderProblem(c, values, `edit-${id}`, form.errors, 400);
  const result = await editComment(c.var.deps, c.var.user, id, form.data.body);
  if (!result.ok) return renderProblem(c, values, `edit-${id}`, translate(c, result), result.status);
  setFlash(c, 'comments.flash.edited');
  return c.redirect(result.value.url, 303);
});

commentRoutes.post('/:id/delete', async (c) => {
  const values = await readForm(c);
  const form = validateValues(values, resourceSchema, c.var.t);
  if (!form.ok) throw notFound();
  const id = c.req.param('id');
  if (!isConfirmed(values)) {
    // Someone else's comment gets the refusal, not a confirmation page.
    const comment = await findComment(c.var.deps.db, id);
    if (!comment) throw notFound();
    if (comment.author_user_id !== c.var.user?.id) return renderProblem(c, values, `action-${id}`, { _form: c.var.t('comments.errors.notAuthor') }, 403);
    const context = await requireCommentable(c.var.deps, comment.resource_type, comment.resource_id, c.var.user);
    const deletion = { commentId: id, resource: { type: comment.resource_type, id: comment.resource_id }, url: `${context.url}#comment-${id}` };
    return c.html(<DeleteCommentPage ctx={pageContext(c)} deletion={deletion} />, 400);
  }
  const result = await deleteComment(c.var.deps, c.var.user, id);
  if (!result.ok) return renderProblem(c, values, `action-${id}`, translate(c, result), result.status);
  setFlash(c, 'comments.flash.deleted');
  return c.redirect(result.value.url, 303);
});

/** Permalink: sends the reader to the comment's place in its resource's page. */
commentRoutes.get('/:id', async (c) => {
  const comment = await findComment(c.var.deps.db, c.req.param('id'));
  if (!comment) throw notFound();
  const context = await requireCommentable(c.var.deps, comment.resource_type, comment.resource_id, c.var.user);
  return c.redirect(await commentAddress(c.var.deps.db, context.url, comment.id), 303);
});
