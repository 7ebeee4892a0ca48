import type { Kysely, Selectable } from 'kysely';
import type { CommentTable, Database } from '../../db/schema.ts';
import { renderCommentHtml } from './comment-html.ts';
import type { StanceCounts } from './stances.ts';

/** One comment row (its table's columns but the resource it belongs to) with what the thread shows about its author. */
export type CommentRow = Omit<Selectable<CommentTable>, 'resource_type' | 'resource_id' | 'organisation_id'> & {
  author_name: string;
  author_deleted: string | null;
  organisation_name: string | null;
  organisation_slug: string | null;
};

/** What places a comment in its debate: enough to build the threads, sort them and choose a page. */
export interface CommentOutline {
  id: string;
  parent_id: string | null;
  stance: string | null;
  created_at: string;
}

/** Every comment of a resource, without its text: the page then loads the texts of the threads it shows only. */
export async function listCommentOutlines(db: Kysely<Database>, type: string, id: string): Promise<CommentOutline[]> {
  // No join with the author: every comment has one (foreign key), and the page reads authors for the shown threads.
  return db.selectFrom('comment').select(['id', 'parent_id', 'stance', 'created_at']).where('resource_type', '=', type).where('resource_id', '=', id).orderBy('created_at').orderBy('id').execute();
}

// Ids per query: far under both databases' limits on bound parameters.
const IDS_PER_QUERY = 500;

/** These comments (of any resource) with their text, author and organisation, in one query per 500 ids. */
export async function listCommentRows(db: Kysely<Database>, ids: readonly string[]): Promise<CommentRow[]> {
  const rows: CommentRow[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    rows.push(
      ...(await db
        .selectFrom('comment')
        .innerJoin('user', 'user.id', 'comment.author_user_id')
        .leftJoin('organisation', 'organisation.id', 'comment.organisation_id')
        .select([
          'comment.id',
          'comment.parent_id',
          'comment.depth',
          'comment.author_user_id',
          'user.name as author_name',
          'user.deletedAt as author_deleted',
          'organisation.name as organisation_name',
          'organisation.slug as organisation_slug',
          'comment.stance',
          'comment.body',
          'comment.body_html',
          'comment.created_at',
          'comment.edited_at',
          'comment.deleted_at',
          'comment.hidden_at',
          'comment.hidden_reason',
        ])
        .where('comment.id', 'in', ids.slice(i, i + IDS_PER_QUERY))
        .execute()),
    );
  }
  return rows;
}

/** Up and down votes per comment of a resource, and the viewer's own vote (+1, -1 or 0), in one query. */
export async function voteTotals(db: Kysely<Database>, type: string, id: string, viewerId: string | null): Promise<Map<string, { up: number; down: number; mine: number }>> {
  const rows = await db
    .selectFrom('comment_vote')
    .innerJoin('comment', 'comment.id', 'comment_vote.comment_id')
    .select((eb) => [
      'comment_vote.comment_id',
      eb.fn.sum<number>(eb.case().when('comment_vote.direction', '>', 0).then(1).else(0).end()).as('up'),
      eb.fn.sum<number>(eb.case().when('comment_vote.direction', '<', 0).then(1).else(0).end()).as('down'),
      eb.fn.sum<number>(eb.case().when('comment_vote.user_id', '=', viewerId ?? '').then(eb.ref('comment_vote.direction')).else(0).end()).as('mine'),
    ])
    .where('comment.resource_type', '=', type)
    .where('comment.resource_id', '=', id)
    .groupBy('comment_vote.comment_id')
    .execute();
  return new Map(rows.map((r) => [r.comment_id, { up: Number(r.up), down: Number(r.down), mine: Number(r.mine) }]));
}

/**
 * Visible comments per stance for many resources of one type, in ONE query: favour/against/neutral count
 * top-level comments; total counts every visible comment, replies included. Deleted and hidden ones are left out.
 */
export async function commentCountsByStance(db: Kysely<Database>, type: string, ids: string[]): Promise<Map<string, StanceCounts>> {
  const counts = new Map<string, StanceCounts>(ids.map((id) => [id, { favour: 0, against: 0, neutral: 0, total: 0 }]));
  if (ids.length === 0) return counts;
  const rows = await db
    .selectFrom('comment')
    .select((eb) => ['resource_id', 'stance', eb.fn.countAll<number>().as('n')])
    .where('resource_type', '=', type)
    .where('resource_id', 'in', [...new Set(ids)])
    .where('deleted_at', 'is', null)
    .where('hidden_at', 'is', null)
    .groupBy(['resource_id', 'stance'])
    .execute();
  for (const r of rows) {
    const entry = counts.get(r.resource_id);
    if (!entry) continue;
    const n = Number(r.n);
    entry.total += n;
    if (r.stance === 'favour' || r.stance === 'against' || r.stance === 'neutral') entry[r.stance] += n;
  }
  return counts;
}

/** One comment's own row, or undefined. */
export async function findComment(db: Kysely<Database>, id: string) {
  return db.selectFrom('comment').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Makes and stores the HTML of comments that have none yet (written before migration 019); returns it by id.
 * A comment edited meanwhile keeps the HTML its edit stored: the update applies only to the text it was made from.
 */
export async function storeCommentHtml(db: Kysely<Database>, rows: Pick<CommentRow, 'id' | 'body'>[]): Promise<Map<string, string>> {
  const made = new Map(rows.map((r) => [r.id, renderCommentHtml(r.body)]));
  await db.transaction().execute(async (trx) => {
    for (const r of rows) await trx.updateTable('comment').set({ body_html: made.get(r.id)! }).where('id', '=', r.id).where('body', '=', r.body).execute();
  });
  return made;
}
