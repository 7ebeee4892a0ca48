import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import type { CurrentUser, Role } from '../../platform/context.ts';
import { commentCountsByStance } from './queries.ts';
import { deleteComment, editComment, postComment, voteOnComment } from './service.ts';
import { createTestNote, withTestNotes } from './test-resource.ts';
import { loadCommentThread } from './thread.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({}, { modules: withTestNotes });
});
afterAll(() => ctx.close());

const asCurrent = (u: TestUser, role: Role = 'resident'): CurrentUser => ({ id: u.id, name: u.name, email: u.email, emailVerified: true, role, locale: null });

async function comment(user: TestUser, noteId: string, body: string, extra: { parentId?: string; stance?: 'favour' | 'against' | 'neutral' } = {}) {
  const result = await postComment(ctx.deps, asCurrent(user), { resourceType: 'test-note', resourceId: noteId, parentId: extra.parentId ?? null, body, stance: extra.stance ?? null, organisationId: null });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.id;
}

describe('comments service', () => {
  it('nests replies up to depth 3 and refuses a fourth level', async () => {
    const author = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    const a = await comment(author, note, 'level 1');
    const b = await comment(author, note, 'level 2', { parentId: a });
    const c = await comment(author, note, 'level 3', { parentId: b });
    const refused = await postComment(ctx.deps, asCurrent(author), { resourceType: 'test-note', resourceId: note, parentId: c, body: 'level 4', stance: null, organisationId: null });
    expect(refused).toEqual({ ok: false, status: 400, errors: { _form: 'comments.errors.tooDeep' } });
    const thread = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null);
    expect(thread?.comments).toHaveLength(1);
    expect(thread?.comments[0].replies[0].replies[0].body).toBe('level 3');
    expect(thread?.comments[0].replies[0].replies[0].replies).toEqual([]);
  });

  it('counts top-level comments per stance, leaving out deleted ones, for many resources in one call', async () => {
    const author = await ctx.createUser();
    const other = await ctx.createUser();
    const one = await createTestNote(ctx.deps.db, author.id);
    const two = await createTestNote(ctx.deps.db, author.id);
    const first = await comment(other, one, 'yes', { stance: 'favour' });
    await comment(other, one, 'yes again', { stance: 'favour' });
    await comment(other, one, 'no', { stance: 'against' });
    await comment(author, one, 'a reply carries no stance', { parentId: first, stance: 'against' });
    const gone = await comment(other, two, 'meh', { stance: 'neutral' });
    await deleteComment(ctx.deps, asCurrent(other), gone);
    const counts = await commentCountsByStance(ctx.deps.db, 'test-note', [one, two]);
    expect(counts.get(one)).toEqual({ favour: 2, against: 1, neutral: 0, total: 4 });
    expect(counts.get(two)).toEqual({ favour: 0, against: 0, neutral: 0, total: 0 });
  });

  it('keeps one vote per person even when two arrive at once, refuses the same vote again and switches on the opposite one', async () => {
    const author = await ctx.createUser();
    const voter = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    const id = await comment(author, note, 'vote on me');
    const results = await Promise.all([voteOnComment(ctx.deps, asCurrent(voter), id, 1), voteOnComment(ctx.deps, asCurrent(voter), id, 1)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ status: 409, errors: { _form: 'comments.errors.alreadyUp' } });
    const rows = await ctx.deps.db.selectFrom('comment_vote').selectAll().where('comment_id', '=', id).execute();
    expect(rows).toHaveLength(1);
    expect((await voteOnComment(ctx.deps, asCurrent(voter), id, -1)).ok).toBe(true);
    const thread = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, asCurrent(voter));
    expect(thread?.comments[0]).toMatchObject({ up: 0, down: 1, myVote: -1 });
  });

  it('sorts by best score or by stance on request', async () => {
    const author = await ctx.createUser();
    const voters = [await ctx.createUser(), await ctx.createUser()];
    const note = await createTestNote(ctx.deps.db, author.id);
    const neutral = await comment(author, note, 'first, neutral', { stance: 'neutral' });
    const against = await comment(author, note, 'second, against', { stance: 'against' });
    const favour = await comment(author, note, 'third, favour', { stance: 'favour' });
    // Posted within the same millisecond here; give them the minutes apart they would have in real life.
    for (const [i, id] of [neutral, against, favour].entries()) await ctx.deps.db.updateTable('comment').set({ created_at: `2026-01-01T10:0${i}:00.000Z` }).where('id', '=', id).execute();
    for (const v of voters) await voteOnComment(ctx.deps, asCurrent(v), against, 1);
    await voteOnComment(ctx.deps, asCurrent(voters[0]), favour, 1);
    const order = async (sort: 'oldest' | 'best' | 'stance') => (await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null, { sort }))?.comments.map((c) => c.id);
    expect(await order('oldest')).toEqual([neutral, against, favour]);
    expect(await order('best')).toEqual([against, favour, neutral]);
    expect(await order('stance')).toEqual([favour, against, neutral]);
  });

  it('lets only the author edit (marked edited) and delete (a tombstone keeps the replies)', async () => {
    const author = await ctx.createUser();
    const other = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    const id = await comment(author, note, 'original');
    await comment(other, note, 'a reply', { parentId: id });
    expect(await editComment(ctx.deps, asCurrent(other), id, 'hijacked')).toEqual({ ok: false, status: 403, errors: { _form: 'comments.errors.notAuthor' } });
    expect(await deleteComment(ctx.deps, asCurrent(other), id)).toMatchObject({ ok: false, status: 403 });
    expect((await editComment(ctx.deps, asCurrent(author), id, 'corrected')).ok).toBe(true);
    let thread = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null);
    expect(thread?.comments[0]).toMatchObject({ body: 'corrected', deleted: false });
    expect(thread?.comments[0].editedAt).not.toBeNull();
    expect((await deleteComment(ctx.deps, asCurrent(author), id)).ok).toBe(true);
    thread = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null);
    expect(thread?.comments[0]).toMatchObject({ body: null, deleted: true });
    expect(thread?.comments[0].replies[0].body).toBe('a reply');
    const stored = await ctx.deps.db.selectFrom('comment').select('body').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.body).toBe('');
  });

  it('refuses comments when the resource is closed, and on a hidden resource, changing nothing', async () => {
    const author = await ctx.createUser();
    const closed = await createTestNote(ctx.deps.db, author.id, { open: false });
    const refused = await postComment(ctx.deps, asCurrent(author), { resourceType: 'test-note', resourceId: closed, parentId: null, body: 'hello', stance: null, organisationId: null });
    expect(refused).toEqual({ ok: false, status: 403, errors: { _form: 'comments.closed' } });
    const hidden = await createTestNote(ctx.deps.db, author.id);
    await ctx.deps.db.updateTable('test_note' as never).set({ hidden_at: new Date().toISOString() } as never).where('id' as never, '=', hidden as never).execute();
    const onHidden = await postComment(ctx.deps, asCurrent(author), { resourceType: 'test-note', resourceId: hidden, parentId: null, body: 'hello', stance: null, organisationId: null });
    expect(onHidden).toMatchObject({ ok: false, status: 403, errors: { _form: 'moderation.hidden.pendingReview' } });
    const count = await ctx.deps.db.selectFrom('comment').select((eb) => eb.fn.countAll<number>().as('n')).where('resource_id', 'in', [closed, hidden]).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('shows a deleted account as "deleted participant" and keeps its comments', async () => {
    const author = await ctx.createUser({ name: 'Soon Gone' });
    const note = await createTestNote(ctx.deps.db, author.id);
    await comment(author, note, 'still here');
    await ctx.deps.db.updateTable('user').set({ name: 'deleted', deletedAt: new Date().toISOString() }).where('id', '=', author.id).execute();
    const thread = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null);
    expect(thread?.comments[0]).toMatchObject({ authorName: null, body: 'still here' });
  });

  it('notifies the resource owner of a comment and the parent author of a reply, never oneself', async () => {
    const owner = await ctx.createUser();
    const commenter = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, owner.id, { title: 'Benches' });
    const top = await comment(commenter, note, 'more benches');
    await comment(owner, note, 'agreed', { parentId: top });
    const kinds = async (userId: string) => (await ctx.deps.db.selectFrom('notification').select(['kind', 'url']).where('user_id', '=', userId).execute());
    expect(await kinds(owner.id)).toEqual([{ kind: 'comment_on_my_proposal', url: `/comments/${top}` }]);
    expect((await kinds(commenter.id)).map((n) => n.kind)).toEqual(['reply_to_my_comment']);
    // The email quotes the comment itself.
    const [mail] = await ctx.deps.db.selectFrom('outbox').select('text_body').where('to_address', '=', owner.email).execute();
    expect(mail.text_body).toContain('\n> more benches\n');
    const [reply] = await ctx.deps.db.selectFrom('outbox').select('text_body').where('to_address', '=', commenter.email).execute();
    expect(reply.text_body).toContain('\n> agreed\n');
  });
});
