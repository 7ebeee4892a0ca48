import { Layout, type PageContext } from '../../../web/layout.tsx';
import type { CommentThread } from '../thread.ts';
import type { CommentFormState } from './comment-fields.tsx';
import { CommentsSection } from './comments-section.tsx';

/**
 * The debate on a page of its own, shown when a comment form comes back with a problem: the form
 * keeps what was typed and says what is wrong, with a link back to the resource.
 */
export function CommentPage(props: { ctx: PageContext; thread: CommentThread; form: CommentFormState }) {
  const { t } = props.ctx;
  const { context, resource } = props.thread;
  return (
    <Layout ctx={props.ctx} title={t('comments.page.title', { title: context.title })}>
      <h1>{t('comments.page.title', { title: context.title })}</h1>
      <p><a href={context.url}>{t('comments.page.back')}</a></p>
      <CommentsSection ctx={props.ctx} thread={props.thread} resource={resource} open={context.open} closedReasonKey={context.closedReasonKey} form={props.form} />
    </Layout>
  );
}
