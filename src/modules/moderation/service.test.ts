import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import type { CurrentUser, Role } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { postComment } from '../comments/service.ts';
import { createTestNote, isNoteHidden, withTestNotes } from '../comments/test-resource.ts';
import { loadCommentThread } from '../comments/thread.ts';
import { assertNotBlocked, blockedUntil } from './blocks.ts';
import { blockUser, flagResource, hideResource, restoreResource } from './service.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { PageContext } from '../../web/layout.tsx';
import { cleanPublicReason } from './public-reason.ts';
import { HiddenNotice } from './views/hidden-notice.tsx';

let ctx: TestContext;
let moderator: CurrentUser;
beforeAll(async () => {
  ctx = await createTestContext({}, { modules: withTestNotes });
  moderator = asCurrent(await ctx.createUser({ role: 'moderator' }), 'moderator');
});
afterAll(() => ctx.close());

const asCurrent = (u: TestUser, role: Role = 'resident'): CurrentUser => ({ id: u.id, name: u.name, email: u.email, emailVerified: true, role, locale: null });
const flag = (user: TestUser, id: string, type = 'test-note') => flagResource(ctx.deps, asCurrent(user), { type, id, reason: 'spam', text: '' });
const statusOf = async (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof HttpError ? e.status : 500));
const audit = (action: string, targetId: string) => ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', targetId).execute();

describe('moderation service', () => {
  it('hides a resource pending review when its flags reach the threshold, and logs it', async () => {
    const author = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    expect(await flag(await ctx.createUser(), note)).toEqual({ ok: true, value: { hiddenNow: false } });
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
    expect(await flag(await ctx.createUser(), note)).toEqual({ ok: true, value: { hiddenNow: true } });
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(true);
    const actions = await ctx.deps.db.selectFrom('moderation_action').selectAll().where('resource_id', '=', note).execute();
    expect(actions.map((a) => [a.action, a.moderator_user_id, a.public_reason])).toEqual([['auto_hide', null, null]]);
    expect(await audit('moderation.auto_hide', note)).toHaveLength(1);
  });

  it('accepts one flag per person, even when two arrive at once, and refuses flagging one’s own content', async () => {
    const author = await ctx.createUser();
    const flagger = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    const results = await Promise.all([flag(flagger, note), flag(flagger, note)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, status: 409, errors: { _form: 'moderation.errors.alreadyFlagged' } });
    expect(await flag(flagger, note)).toMatchObject({ ok: false, status: 409 });
    const rows = await ctx.deps.db.selectFrom('moderation_flag').selectAll().where('resource_id', '=', note).execute();
    expect(rows).toHaveLength(1);
    expect(await flag(author, note)).toEqual({ ok: false, status: 403, errors: { _form: 'moderation.errors.ownContent' } });
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
  });

  it('lets moderators hide with a public reason and restore, closing flags, in the audit log', async () => {
    const author = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    await flag(await ctx.createUser(), note);
    await hideResource(ctx.deps, moderator, { type: 'test-note', id: note, publicReason: 'Advertising' });
    const hidden = await ctx.deps.db.selectFrom('test_note' as never).select(['hidden_reason' as never]).where('id' as never, '=', note as never).executeTakeFirstOrThrow();
    expect(hidden).toEqual({ hidden_reason: 'Advertising' });
    const open = await ctx.deps.db.selectFrom('moderation_flag').select('id').where('resource_id', '=', note).where('resolved_at', 'is', null).execute();
    expect(open).toEqual([]);
    await restoreResource(ctx.deps, moderator, { type: 'test-note', id: note });
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
    expect(await audit('moderation.hide', note)).toMatchObject([{ actor_user_id: moderator.id }]);
    expect(await audit('moderation.restore', note)).toHaveLength(1);
  });

  it('tells the author why their content was hidden, the reason never doubled, in their language', async () => {
    const author = await ctx.createUser({ locale: 'en' });
    const note = await createTestNote(ctx.deps.db, author.id);
    // The moderator typed the words the pages already add: they are kept once, not twice.
    await hideResource(ctx.deps, moderator, { type: 'test-note', id: note, publicReason: 'Masqué par la modération : Hidden by moderation: Advertising' });
    const stored = await ctx.deps.db.selectFrom('test_note' as never).select(['hidden_reason' as never]).where('id' as never, '=', note as never).executeTakeFirstOrThrow();
    expect(stored).toEqual({ hidden_reason: 'Advertising' });
    const [item] = await ctx.deps.db.selectFrom('notification').selectAll().where('user_id', '=', author.id).execute();
    expect(item.kind).toBe('my_content_hidden');
    expect(JSON.parse(item.params)).toMatchObject({ reason: 'Advertising' });
    const [mail] = await ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', author.email).execute();
    expect(mail.subject).toMatch(/^Your contribution on “.*” was hidden by moderation$/);
    expect(mail.text_body).toContain('Reason given publicly: Advertising\n');
    expect(mail.text_body).not.toMatch(/moderation: (Hidden|Masqué)/i);
    // Nobody is told about their own action.
    expect(await ctx.deps.db.selectFrom('notification').select('id').where('user_id', '=', moderator.id).execute()).toEqual([]);
  });

  it('shows an old reason that repeated the words once', () => {
    expect(cleanPublicReason('Hidden by moderation: Hidden by moderation: spam')).toBe('spam');
    expect(cleanPublicReason('  masquée par la modération. Insultes ')).toBe('Insultes');
    expect(cleanPublicReason('Propos hors sujet')).toBe('Propos hors sujet');
    const html = String(HiddenNotice({ ctx: { t: translator('fr') } as PageContext, reason: 'Masqué par la modération : Publicité' }));
    expect(html).toContain('Masqué par la modération\u202f: Publicité</p>');
  });

  it('refuses every moderation action to a resident and changes nothing', async () => {
    const author = await ctx.createUser();
    const resident = asCurrent(await ctx.createUser());
    const note = await createTestNote(ctx.deps.db, author.id);
    expect(await statusOf(hideResource(ctx.deps, resident, { type: 'test-note', id: note, publicReason: 'nope' }))).toBe(403);
    expect(await statusOf(restoreResource(ctx.deps, resident, { type: 'test-note', id: note }))).toBe(403);
    expect(await statusOf(blockUser(ctx.deps, resident, { userId: author.id, days: 3, reason: 'nope' }))).toBe(403);
    expect(await statusOf(hideResource(ctx.deps, null, { type: 'test-note', id: note, publicReason: 'nope' }))).toBe(401);
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
    expect(await blockedUntil(ctx.deps.db, author.id)).toBeNull();
  });

  it('blocks a person from commenting until the date, then lets them again', async () => {
    const person = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, person.id);
    const now = new Date();
    const blocked = await blockUser(ctx.deps, moderator, { userId: person.id, days: 7, reason: 'Repeated insults' }, now);
    expect(blocked.ok).toBe(true);
    expect(await statusOf(assertNotBlocked(ctx.deps.db, person.id))).toBe(403);
    const refused = await postComment(ctx.deps, asCurrent(person), { resourceType: 'test-note', resourceId: note, parentId: null, body: 'hello', stance: null, organisationId: null });
    expect(refused).toMatchObject({ ok: false, status: 403, errors: { _form: 'comments.errors.blocked' }, blockedUntil: blocked.ok ? blocked.value.until : 'none' });
    expect(await blockedUntil(ctx.deps.db, person.id, new Date(now.getTime() + 6 * 86_400_000))).not.toBeNull();
    expect(await blockedUntil(ctx.deps.db, person.id, new Date(now.getTime() + 7 * 86_400_000 + 1000))).toBeNull();
    expect(await audit('moderation.block', person.id)).toHaveLength(1);
    // An expired block no longer stops anyone.
    await ctx.deps.db.updateTable('user_block').set({ until: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', person.id).execute();
    expect((await postComment(ctx.deps, asCurrent(person), { resourceType: 'test-note', resourceId: note, parentId: null, body: 'hello again', stance: null, organisationId: null })).ok).toBe(true);
  });

  it('hides a flagged comment: visitors read the notice, moderators still read the text', async () => {
    const author = await ctx.createUser();
    const note = await createTestNote(ctx.deps.db, author.id);
    const posted = await postComment(ctx.deps, asCurrent(author), { resourceType: 'test-note', resourceId: note, parentId: null, body: 'buy cheap watches', stance: null, organisationId: null });
    if (!posted.ok) throw new Error('comment refused');
    await flag(await ctx.createUser(), posted.value.id, 'comment');
    await flag(await ctx.createUser(), posted.value.id, 'comment');
    await flag(await ctx.createUser(), posted.value.id, 'comment');
    const visitor = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, null);
    expect(visitor?.comments[0]).toMatchObject({ hidden: true, hiddenReason: null, body: null });
    const mod = await loadCommentThread(ctx.deps, { type: 'test-note', id: note }, moderator);
    expect(mod?.comments[0]).toMatchObject({ hidden: true, body: 'buy cheap watches' });
  });
});
