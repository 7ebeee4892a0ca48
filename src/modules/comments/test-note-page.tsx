import type { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { Layout, pageContext } from '../../web/layout.tsx';
import { CommentsSection, loadCommentThread, parseCommentListing } from './index.ts';

/** Mounts `/test-notes/:id`: a resource page as an owning module writes it, its title then the debate block. */
export function mountTestNotePage(app: Hono<AppEnv>): void {
  app.get('/test-notes/:id', async (c) => {
    const thread = await loadCommentThread(c.var.deps, { type: 'test-note', id: c.req.param('id') }, c.var.user, parseCommentListing((name) => c.req.query(name)));
    if (!thread) return c.notFound();
    const page = pageContext(c);
    return c.html(
      <Layout ctx={page} title={thread.context.title}>
        <h1>{thread.context.title}</h1>
        <CommentsSection ctx={page} thread={thread} resource={thread.resource} open={thread.context.open} closedReasonKey={thread.context.closedReasonKey} />
      </Layout>,
    );
  });
}
