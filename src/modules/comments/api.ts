import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { commentSorts } from './stances.ts';
import { inThreads, loadCommentThread } from './thread.ts';

const comment = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    depth: z.number().int().min(1).max(3),
    author: z.string().nullable().openapi({ description: 'Display name; null for a deleted account ("deleted participant").' }),
    organisation: z.object({ name: z.string(), slug: z.string() }).nullable(),
    stance: z.enum(['favour', 'against', 'neutral']).nullable(),
    body: z.string().nullable().openapi({ description: 'Plain text; null when deleted by its author or hidden by moderation.' }),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
    hidden: z.boolean(),
    hiddenReason: z.string().nullable(),
    up: z.number().int(),
    down: z.number().int(),
  })
  .openapi('Comment');

const debate = z
  .object({
    resource: z.object({ type: z.string(), id: z.string(), title: z.string(), url: z.string() }),
    counts: z.object({ favour: z.number().int(), against: z.number().int(), neutral: z.number().int(), total: z.number().int() }),
    comments: z.array(comment).openapi({ description: 'Every comment, threads flattened in reading order (a reply follows its parent).' }),
  })
  .openapi('Debate');

const apiError = z.object({ error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()) }) });

const route = createRoute({
  method: 'get',
  path: '/comments',
  summary: 'The debate of one resource',
  description: 'Comments on a proposal (or any commentable resource) as a visitor sees them, with the counts per stance.',
  request: {
    query: z.object({
      resource_type: z.string().min(1).max(50).openapi({ example: 'proposal' }),
      resource_id: z.string().min(1).max(100),
      sort: z.enum(commentSorts).default('oldest'),
    }),
  },
  responses: {
    200: { description: 'The debate', content: { 'application/json': { schema: debate } } },
    400: { description: 'Invalid query', content: { 'application/json': { schema: apiError } } },
    404: { description: 'No visible resource of this type has this id', content: { 'application/json': { schema: apiError } } },
  },
});

/** Registers the comments route of the public API (read only: writing goes through the pages). */
export function registerCommentApi(api: OpenAPIHono<AppEnv>): void {
  api.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const thread = await loadCommentThread(c.var.deps, { type: q.resource_type, id: q.resource_id }, null, { sort: q.sort, page: 'all' });
    if (!thread) throw notFound();
    const base = c.var.deps.config.baseUrl;
    return c.json(
      {
        resource: { type: q.resource_type, id: q.resource_id, title: thread.context.title, url: `${base}${thread.context.url}` },
        counts: thread.counts,
        comments: inThreads(thread.comments).map((v) => ({
          id: v.id,
          parentId: v.parentId,
          depth: v.depth,
          author: v.authorName,
          organisation: v.organisation,
          stance: v.stance,
          body: v.body,
          createdAt: v.createdAt,
          editedAt: v.editedAt,
          deleted: v.deleted,
          hidden: v.hidden,
          hiddenReason: v.hiddenReason,
          up: v.up,
          down: v.down,
        })),
      },
      200,
    );
  });
}
