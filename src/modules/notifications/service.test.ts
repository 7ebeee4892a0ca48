import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { runNotificationsCommand } from '../../cli/digest.ts';
import type { Mailer } from '../../platform/mail.ts';
import { saveEmailDelivery } from './queries.ts';
import { NEWS_LENGTH, notify } from './service.ts';
import { sendDailyDigest } from './digest.ts';
import { createUnsubscribeToken, readUnsubscribeToken } from './unsubscribe-token.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const mailsTo = (u: TestUser) => ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', u.email).orderBy('created_at').execute();
const itemsOf = (u: TestUser) => ctx.deps.db.selectFrom('notification').selectAll().where('user_id', '=', u.id).execute();

describe('notify', () => {
  it('records one notification per person and mails only those who want it now, in their language', async () => {
    const english = await ctx.createUser({ locale: 'en' });
    const french = await ctx.createUser();
    const silent = await ctx.createUser();
    const daily = await ctx.createUser();
    const gone = await ctx.createUser();
    const actor = await ctx.createUser();
    await saveEmailDelivery(ctx.deps.db, silent.id, 'none');
    await saveEmailDelivery(ctx.deps.db, daily.id, 'daily');
    await ctx.deps.db.updateTable('user').set({ deletedAt: new Date().toISOString() }).where('id', '=', gone.id).execute();
    await notify(ctx.deps, { userIds: [english.id, french.id, silent.id, daily.id, gone.id, actor.id, english.id], kind: 'comment_on_my_proposal', params: { title: 'Benches' }, url: '/comments/c1', excludeUserId: actor.id });

    for (const u of [english, french, silent, daily]) expect(await itemsOf(u)).toHaveLength(1);
    expect(await itemsOf(gone)).toHaveLength(0);
    expect(await itemsOf(actor)).toHaveLength(0);
    const [en] = await mailsTo(english);
    expect(en.subject).toBe('New comment on “Benches”');
    expect(en.text_body).toContain('http://localhost:3000/comments/c1');
    expect(en.text_body).toMatch(/http:\/\/localhost:3000\/notifications\/unsubscribe\?token=\S+/);
    expect((await mailsTo(french))[0].subject).toBe('Nouveau commentaire sur « Benches »');
    expect(await mailsTo(silent)).toEqual([]);
    expect(await mailsTo(daily)).toEqual([]);
  });

  it('carries the news itself: the answer’s status in the reader’s language, the rationale quoted, the platform named by its address', async () => {
    const english = await ctx.createUser({ locale: 'en' });
    const french = await ctx.createUser();
    const rationale = 'The council votes the budget in March.\n\nWork starts in May.';
    await notify(ctx.deps, { userIds: [english.id, french.id], kind: 'answer_on_followed_proposal', params: { title: 'Benches', statusKey: 'proposals.status.accepted' }, url: '/proposals/p1', news: rationale });
    const [en] = await mailsTo(english);
    expect(en.text_body).toContain('The city’s answer: Accepted\n> The council votes the budget in March.\n>\n> Work starts in May.\n');
    expect(en.text_body).toContain('You receive this email because you take part on localhost:3000.');
    expect(en.text_body).not.toMatch(/cocity/i);
    const [fr] = await mailsTo(french);
    expect(fr.text_body).toContain('Réponse de la ville\u202f: Acceptée\n> The council votes');
    expect(fr.text_body).toContain('parce que vous participez sur localhost:3000.');
    // The in-app list shows the same news.
    const page = await (await ctx.client().signInAs(ctx, english)).get('/account/notifications?lang=en');
    const html = await page.text();
    expect(html).toContain('The city’s answer: Accepted');
    expect(html).toContain('<blockquote class="notification-news">The council votes the budget in March.');
  });

  it('quotes a long text up to a limit, and the digest carries the news too', async () => {
    const person = await ctx.createUser({ locale: 'en' });
    await saveEmailDelivery(ctx.deps.db, person.id, 'daily');
    await notify(ctx.deps, { userIds: [person.id], kind: 'comment_on_my_proposal', params: { title: 'Trees' }, url: '/comments/x', news: `Plant oaks. ${'word '.repeat(400)}` });
    const [item] = await itemsOf(person);
    const news = (JSON.parse(item.params) as { news: string }).news;
    expect(news.length).toBeLessThanOrEqual(NEWS_LENGTH + 1);
    expect(news.endsWith('…')).toBe(true);
    await sendDailyDigest(ctx.deps);
    const [digest] = await mailsTo(person);
    expect(digest.text_body).toContain('- New comment on “Trees”');
    expect(digest.text_body).toContain('  > Plant oaks. word word');
  });

  it('never throws when the mail fails: the notification stays, waiting to be read', async () => {
    const person = await ctx.createUser();
    const failing: Mailer = { send: () => Promise.reject(new Error('SMTP down')) };
    await expect(notify({ ...ctx.deps, mailer: failing }, { userIds: [person.id], kind: 'threshold_reached', params: { title: 'Parks' }, url: '/x' })).resolves.toBeUndefined();
    const [item] = await itemsOf(person);
    expect(item).toMatchObject({ kind: 'threshold_reached', emailed_at: null, read_at: null });
  });
});

describe('daily digest', () => {
  it('sends one mail per person with pending items, once, through the command', async () => {
    await sendDailyDigest(ctx.deps); // clears what earlier tests left pending
    const ana = await ctx.createUser({ locale: 'en' });
    const ben = await ctx.createUser();
    const immediate = await ctx.createUser();
    await saveEmailDelivery(ctx.deps.db, ana.id, 'daily');
    await saveEmailDelivery(ctx.deps.db, ben.id, 'daily');
    await notify(ctx.deps, { userIds: [ana.id, ben.id, immediate.id], kind: 'reply_to_my_comment', params: { title: 'Trees' }, url: '/comments/a' });
    await notify(ctx.deps, { userIds: [ana.id], kind: 'coauthor_invitation', params: { title: 'Bike lanes' }, url: '/proposals/b' });

    const out: string[] = [];
    const code = await runNotificationsCommand(['digest'], { stdout: (s) => out.push(s), stderr: (s) => out.push(s) }, async () => ({ deps: ctx.deps, close: async () => undefined }));
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('2 email(s) sent covering 3 notification(s)');
    const anaMails = await mailsTo(ana);
    expect(anaMails).toHaveLength(1);
    expect(anaMails[0].subject).toBe('localhost:3000: 2 new notifications');
    expect(anaMails[0].text_body).toContain('Reply to your comment on “Trees”');
    expect(anaMails[0].text_body).toContain('You are invited to co-sign “Bike lanes”');
    expect(anaMails[0].text_body).toContain('/notifications/unsubscribe?token=');
    expect(await mailsTo(ben)).toHaveLength(1);
    expect(await mailsTo(immediate)).toHaveLength(1); // the immediate mail, not a digest

    expect(await sendDailyDigest(ctx.deps)).toEqual({ mailsSent: 0, notificationsIncluded: 0, failures: 0 });
    expect(await mailsTo(ana)).toHaveLength(1);
  });

  it('keeps the items of a refused digest mail for the next run, and exits with code 1', async () => {
    await sendDailyDigest(ctx.deps);
    const person = await ctx.createUser();
    await saveEmailDelivery(ctx.deps.db, person.id, 'daily');
    await notify(ctx.deps, { userIds: [person.id], kind: 'threshold_reached', params: { title: 'Market' }, url: '/m' });
    const failing = { ...ctx.deps, mailer: { send: () => Promise.reject(new Error('SMTP down')) } };
    const io = { stdout: () => undefined, stderr: () => undefined };
    expect(await runNotificationsCommand(['digest'], io, async () => ({ deps: failing, close: async () => undefined }))).toBe(1);
    expect(await mailsTo(person)).toEqual([]);
    expect(await sendDailyDigest(ctx.deps)).toEqual({ mailsSent: 1, notificationsIncluded: 1, failures: 0 });
    expect(await mailsTo(person)).toHaveLength(1);
  });

  it('answers an unknown subcommand with the usage and code 2', async () => {
    const err: string[] = [];
    expect(await runNotificationsCommand(['send'], { stdout: () => undefined, stderr: (s) => err.push(s) })).toBe(2);
    expect(err.join('')).toContain('cocity notifications digest');
  });
});

describe('unsubscribe tokens', () => {
  it('reads back the person of a genuine token and refuses a tampered one', () => {
    const token = createUnsubscribeToken('secret-one', 'user-1');
    expect(readUnsubscribeToken('secret-one', token)).toBe('user-1');
    const [id, signature] = token.split('.');
    const otherId = Buffer.from('user-2').toString('base64url');
    expect(readUnsubscribeToken('secret-one', `${otherId}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken('secret-one', `${id}.${signature.slice(0, -2)}AA`)).toBeNull();
    expect(readUnsubscribeToken('secret-two', token)).toBeNull();
    expect(readUnsubscribeToken('secret-one', 'garbage')).toBeNull();
  });
});
