import type { Hono } from 'hono';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import type { AppEnv } from '../../platform/context.ts';
import { Layout, pageContext } from '../../web/layout.tsx';
import { CommentsSection, loadCommentThread, parseCommentListing } from './index.ts';
import { withTestNotes } from './test-resource.ts';

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

/** A test app with the test notes and their page, a note owner, and a resident signed in (`client`). */
export async function openTestNoteDebate(): Promise<{ ctx: TestContext; owner: TestUser; resident: TestUser; client: TestClient }> {
  const ctx = await createTestContext({}, { modules: withTestNotes });
  mountTestNotePage(ctx.app);
  const owner = await ctx.createUser({ name: 'Olga Owner' });
  const resident = await ctx.createUser({ name: 'Rémi Resident' });
  return { ctx, owner, resident, client: await ctx.client().signInAs(ctx, resident) };
}
