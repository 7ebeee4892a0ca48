import { ConfirmDetails, ConfirmPage, type Consequences } from '../../../web/confirm.tsx';
import type { PageContext } from '../../../web/layout.tsx';

/** The comment to delete and the resource it belongs to (the form carries the resource back). */
export interface CommentDeletion {
  commentId: string;
  resource: { type: string; id: string };
  /** Where the comment is read, to go back without deleting. */
  url: string;
}

function consequences(ctx: PageContext): Consequences {
  const { t } = ctx;
  return { happens: t('comments.deleteConfirm.happens'), lost: [t('comments.deleteConfirm.lost')], kept: [t('comments.deleteConfirm.kept')] };
}

const confirmAction = (ctx: PageContext, d: CommentDeletion) => ({
  action: `/comments/${d.commentId}/delete`,
  submitLabel: ctx.t('comments.deleteConfirm.submit'),
  hidden: { resource_type: d.resource.type, resource_id: d.resource.id },
});

/** The author's inline confirmation under their comment. */
export function DeleteCommentDetails(props: { ctx: PageContext; deletion: CommentDeletion }) {
  return <ConfirmDetails ctx={props.ctx} summary={props.ctx.t('comments.delete')} consequences={consequences(props.ctx)} confirm={confirmAction(props.ctx, props.deletion)} />;
}

/** The same confirmation as a page, answered to a deletion posted without it. */
export function DeleteCommentPage(props: { ctx: PageContext; deletion: CommentDeletion }) {
  const { ctx, deletion } = props;
  return (
    <ConfirmPage
      ctx={ctx}
      title={ctx.t('comments.deleteConfirm.title')}
      back={{ href: deletion.url, label: ctx.t('comments.deleteConfirm.back') }}
      consequences={consequences(ctx)}
      confirm={confirmAction(ctx, deletion)}
      unconfirmed
    />
  );
}
