import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { COMMENTS_PER_PAGE, debateUrl } from './listing.ts';

/**
 * Where a comment is read: its resource's page, at the debate page (oldest first) that holds its thread,
 * and its anchor. Redirects after a comment form and the comment's permalink go there.
 */
export async function commentAddress(db: Kysely<Database>, resourceUrl: string, commentId: string): Promise<string> {
  const find = (id: string) => db.selectFrom('comment').select(['id', 'parent_id', 'resource_type', 'resource_id', 'created_at']).where('id', '=', id).executeTakeFirst();
  let thread = await find(commentId);
  while (thread?.parent_id) thread = await find(thread.parent_id); // replies nest three deep at most
  if (!thread) return `${resourceUrl}#comment-${commentId}`;
  const { created_at: at, id } = thread;
  const earlier = await db
    .selectFrom('comment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('resource_type', '=', thread.resource_type)
    .where('resource_id', '=', thread.resource_id)
    .where('parent_id', 'is', null)
    .where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]))
    .executeTakeFirstOrThrow();
  return `${debateUrl(resourceUrl, 'oldest', Math.floor(Number(earlier.n) / COMMENTS_PER_PAGE) + 1)}#comment-${commentId}`;
}
