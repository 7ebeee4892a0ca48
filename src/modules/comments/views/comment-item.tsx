import { formatDateTime } from '../../../platform/i18n/index.ts';
import type { PageContext } from '../../../web/layout.tsx';
import { ACTOR_FIELD, type ActingOption } from '../../organisations/index.ts';
import { FlagForm, HiddenNotice } from '../../moderation/index.ts';
import { MAX_COMMENT_DEPTH } from '../stances.ts';
import type { CommentThread, CommentView } from '../thread.ts';
import { CommentBody } from './comment-body.tsx';
import { CommentTextField, FormProblem, ResourceFields, type CommentFormState } from './comment-fields.tsx';
import { DeleteCommentDetails } from './delete-confirm.tsx';
import { PostButton } from '../../../web/post-button.tsx';

interface ItemProps {
  ctx: PageContext;
  thread: CommentThread;
  comment: CommentView;
  open: boolean;
  form?: CommentFormState;
}

/** "Publish as" for a reply: the same choice as ActorPicker, with ids unique to this reply's form. */
function ReplyActorChoice(props: { ctx: PageContext; options: ActingOption[]; commentId: string; chosen: string }) {
  if (props.options.length === 0) return null;
  const id = `reply-actor-${props.commentId}`;
  return (
    <div class="field">
      <label for={id}>{props.ctx.t('org.actor.label')}</label>
      <select id={id} name={ACTOR_FIELD}>
        <option value="self">{props.ctx.t('org.actor.myself')}</option>
        {props.options.map((o) => <option value={o.organisationId} selected={o.organisationId === props.chosen}>{o.name}</option>)}
      </select>
    </div>
  );
}

function Byline(props: { ctx: PageContext; comment: CommentView; url: string }) {
  const { t, locale } = props.ctx;
  const c = props.comment;
  const author = c.authorName ?? t('common.deletedParticipant');
  return (
    <p class="meta">
      {c.organisation ? <><a href={`/organisations/${c.organisation.slug}`}>{c.organisation.name}</a>{` (${author})`}</> : author}
      {' · '}
      <a href={`${props.url}#comment-${c.id}`}>
        {formatDateTime(locale, c.createdAt)}
        <span class="visually-hidden">{` (${t('comments.permalink')})`}</span>
      </a>
      {c.editedAt && !c.deleted && <>{' · '}<span>{t('comments.edited')}</span></>}
      {c.stance && <>{' '}<span class={`badge stance-${c.stance}`}>{t(`comments.stance.${c.stance}`)}</span></>}
    </p>
  );
}

function VoteForms(props: ItemProps) {
  const { t, user } = props.ctx;
  const c = props.comment;
  const canVote = user !== null && !c.mine && props.open && !c.hidden;
  const label = (direction: 'up' | 'down', n: number) => t(`comments.vote.${direction}`, { count: n });
  if (!canVote) return <p class="meta">{`${label('up', c.up)} · ${label('down', c.down)}`}</p>;
  return (
    <div class="actions comment-votes">
      {(['up', 'down'] as const).map((direction) => (
        <PostButton
          action={`/comments/${c.id}/vote`}
          fields={{ resource_type: props.thread.resource.type, resource_id: props.thread.resource.id, direction }}
          label={label(direction, direction === 'up' ? c.up : c.down)}
          pressed={c.myVote === (direction === 'up' ? 1 : -1)}
        />
      ))}
    </div>
  );
}

/** One comment with its votes, reply/edit/delete/flag forms (each folded in <details>), and its replies. */
export function CommentItem(props: ItemProps) {
  const { t, user } = props.ctx;
  const c = props.comment;
  const url = props.thread.context.url;
  const replyKey = `reply-${c.id}` as const;
  const editKey = `edit-${c.id}` as const;
  const replyState = props.form?.key === replyKey ? props.form.state : undefined;
  const editState = props.form?.key === editKey ? props.form.state : undefined;
  const actionState = props.form?.key === `action-${c.id}` ? props.form.state : undefined;
  const chosenActor = replyState?.values[ACTOR_FIELD];
  const canReply = user !== null && props.open && !c.hidden && c.depth < MAX_COMMENT_DEPTH;
  const canEdit = c.mine && !c.hidden && props.open;
  // A refused form that is not drawn here (a reply too deep, someone else's edit, a vote) says why beside the comment.
  const otherState = actionState ?? (canReply ? undefined : replyState) ?? (canEdit ? undefined : editState);
  return (
    <li id={`comment-${c.id}`} class="comment">
      <article>
        <Byline ctx={props.ctx} comment={c} url={url} />
        {c.deleted ? (
          <>
            <p class="meta">{t('comments.deleted')}</p>
            <FormProblem state={otherState} />
          </>
        ) : (
          <>
            {c.hidden && <HiddenNotice ctx={props.ctx} reason={c.hiddenReason} />}
            {c.hidden && props.thread.viewerIsModerator && (
              <PostButton action="/moderation/restore" fields={{ resource_type: 'comment', resource_id: c.id, return_to: `${url}#comment-${c.id}` }} label={t('moderation.restore.submit')} />
            )}
            {c.bodyHtml !== null && <CommentBody html={c.bodyHtml} />}
            <FormProblem state={otherState} />
            <VoteForms {...props} />
            {canReply && (
              <details class="comment-reply" open={replyState !== undefined}>
                <summary>{t('comments.reply')}</summary>
                <form method="post" action="/comments" class="stacked">
                  <ResourceFields resource={props.thread.resource} />
                  <input type="hidden" name="parent_id" value={c.id} />
                  <FormProblem state={replyState} />
                  <CommentTextField ctx={props.ctx} formKey={replyKey} state={replyState} />
                  <ReplyActorChoice ctx={props.ctx} options={props.thread.actingOptions} commentId={c.id} chosen={typeof chosenActor === 'string' ? chosenActor : ''} />
                  <button type="submit">{t('comments.reply.submit')}</button>
                </form>
              </details>
            )}
            {canEdit && (
              <details class="comment-edit" open={editState !== undefined}>
                <summary>{t('comments.edit')}</summary>
                <form method="post" action={`/comments/${c.id}/edit`} class="stacked">
                  <ResourceFields resource={props.thread.resource} />
                  <FormProblem state={editState} />
                  <CommentTextField ctx={props.ctx} formKey={editKey} state={editState} initial={c.body ?? ''} />
                  <button type="submit">{t('comments.edit.submit')}</button>
                </form>
              </details>
            )}
            {c.mine && <DeleteCommentDetails ctx={props.ctx} deletion={{ commentId: c.id, resource: props.thread.resource, url }} />}
            {user && !c.mine && !c.hidden && <FlagForm ctx={props.ctx} resource={{ type: 'comment', id: c.id }} returnTo={`${url}#comment-${c.id}`} />}
          </>
        )}
      </article>
      {c.replies.length > 0 && (
        <ol class="comment-replies">
          {c.replies.map((reply) => <CommentItem {...props} comment={reply} />)}
        </ol>
      )}
    </li>
  );
}
