import { emptyForm } from '../../../web/form.tsx';
import type { PageContext } from '../../../web/layout.tsx';
import { ActorPicker } from '../../organisations/index.ts';
import { COMMENTS_PER_PAGE, debateUrl } from '../listing.ts';
import { commentSorts, stances } from '../stances.ts';
import type { CommentThread } from '../thread.ts';
import { CommentItem } from './comment-item.tsx';
import { CommentTextField, FormProblem, ResourceFields, type CommentFormState } from './comment-fields.tsx';

/** Props of the debate block a resource page embeds. */
export interface CommentsSectionProps {
  ctx: PageContext;
  thread: CommentThread;
  resource: { type: string; id: string };
  open: boolean;
  closedReasonKey?: string;
  /** A submitted form to show again with its errors (set by the comments routes only). */
  form?: CommentFormState;
}

/** Links to the previous and next pages of the debate (plain links: no script needed), and where this page stands. */
function DebatePages(props: { ctx: PageContext; thread: CommentThread }) {
  const { t } = props.ctx;
  const { thread } = props;
  const { current, count, threads } = thread.pages;
  if (count <= 1) return null;
  const href = (page: number) => `${debateUrl(thread.context.url, thread.sort, page)}#comments`;
  const to = Math.min(current * COMMENTS_PER_PAGE, threads);
  return (
    <nav aria-label={t('comments.pages.label')} class="comment-pages">
      <p>{t('comments.pages.position', { from: (current - 1) * COMMENTS_PER_PAGE + 1, to, total: threads })}</p>
      <ul class="actions">
        {current > 1 && <li><a href={href(current - 1)} rel="prev">{t('comments.pages.previous')}</a></li>}
        {current < count && <li><a href={href(current + 1)} rel="next">{t('comments.pages.next', { count: threads - to })}</a></li>}
      </ul>
    </nav>
  );
}

function NewCommentForm(props: CommentsSectionProps) {
  const { t } = props.ctx;
  const state = props.form?.key === 'new' ? props.form.state : undefined;
  const chosen = state?.values.stance;
  return (
    <form method="post" action="/comments" class="stacked comment-new">
      <ResourceFields resource={props.resource} />
      <FormProblem state={state} />
      <CommentTextField ctx={props.ctx} formKey="new" state={state} />
      {props.thread.context.stancesEnabled && (
        <fieldset class={state?.errors.stance ? 'field has-error' : 'field'}>
          <legend>{t('comments.form.stance')}</legend>
          {state?.errors.stance && <p class="field-error">{state.errors.stance}</p>}
          {stances.map((s) => (
            <div class="field checkbox">
              <input type="radio" id={`comment-stance-${s}`} name="stance" value={s} checked={(chosen ?? 'neutral') === s} />
              <label for={`comment-stance-${s}`}>{t(`comments.stance.${s}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <ActorPicker t={props.ctx.t} options={props.thread.actingOptions} state={state ?? emptyForm()} />
      <button type="submit">{t('comments.form.submit')}</button>
    </form>
  );
}

/** The whole debate of a resource: stance counts, sort links, the comment form and the threads up to depth 3. */
export function CommentsSection(props: CommentsSectionProps) {
  const { t, user } = props.ctx;
  const { thread } = props;
  const counts = thread.counts;
  return (
    <section id="comments" class="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('comments.title', { count: counts.total })}</h2>
      {thread.context.stancesEnabled && (
        <p class="stance-counts">
          {stances.map((s) => t(`comments.count.${s}`, { count: counts[s] })).join(' · ')}
        </p>
      )}
      {thread.pages.threads > 1 && (
        <nav aria-label={t('comments.sort.label')}>
          <ul class="actions">
            {commentSorts.map((s) => (
              <li><a href={`${debateUrl(thread.context.url, s, 1)}#comments`} aria-current={thread.sort === s ? 'true' : undefined}>{t(`comments.sort.${s}`)}</a></li>
            ))}
          </ul>
        </nav>
      )}
      {!props.open ? (
        <p class="notice">{t(props.closedReasonKey ?? 'comments.closed')}</p>
      ) : user ? (
        <NewCommentForm {...props} />
      ) : (
        <p><a href={`/account/sign-in?next=${encodeURIComponent(thread.context.url)}`}>{t('comments.signInToComment')}</a></p>
      )}
      {thread.comments.length === 0 ? (
        <p>{t('comments.empty')}</p>
      ) : (
        <ol class="comment-list" start={(thread.pages.current - 1) * COMMENTS_PER_PAGE + 1}>
          {thread.comments.map((c) => <CommentItem ctx={props.ctx} thread={thread} comment={c} open={props.open} form={props.form} />)}
        </ol>
      )}
      <DebatePages ctx={props.ctx} thread={thread} />
    </section>
  );
}
