import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { findEmailDelivery } from './queries.ts';
import { notify } from './service.ts';
import { createUnsubscribeToken } from './unsubscribe-token.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('notification pages', () => {
  it('lists my notifications, opens one (marked read) and marks all read', async () => {
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    expect((await ctx.client().get('/account/notifications')).status).toBe(401);
    await notify(ctx.deps, { userIds: [person.id], kind: 'comment_on_my_proposal', params: { title: 'Fountains' }, url: '/comments/one' });
    await notify(ctx.deps, { userIds: [person.id], kind: 'answer_on_followed_proposal', params: { title: 'Lights' }, url: '/comments/two' });
    let html = await (await client.get('/account/notifications')).text();
    expect(html).toContain('Nouveau commentaire sur « Fountains »');
    expect(html).toContain('2 non lues');
    const item = await ctx.deps.db.selectFrom('notification').select('id').where('user_id', '=', person.id).where('url', '=', '/comments/one').executeTakeFirstOrThrow();
    const stranger = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await stranger.post(`/account/notifications/${item.id}/open`)).status).toBe(404);
    const open = await client.post(`/account/notifications/${item.id}/open`);
    expect(open.status).toBe(303);
    expect(open.headers.get('location')).toBe('/comments/one');
    html = await (await client.get('/account/notifications')).text();
    expect(html).toContain('1 non lue');
    expect((await client.post('/account/notifications/read-all')).status).toBe(303);
    expect(await (await client.get('/account/notifications')).text()).toContain('0 non lue');
  });

  it('saves the email preference and re-renders with a message on a bad choice', async () => {
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    expect(await (await client.get('/account/notifications/preferences')).text()).toContain('value="immediately" checked=""');
    const bad = await client.post('/account/notifications/preferences', { email_delivery: 'hourly' });
    expect(bad.status).toBe(400);
    expect(await findEmailDelivery(ctx.deps.db, person.id)).toBe('immediately');
    expect((await client.post('/account/notifications/preferences', { email_delivery: 'daily' })).status).toBe(303);
    expect(await findEmailDelivery(ctx.deps.db, person.id)).toBe('daily');
  });

  it('unsubscribes with the link’s token without signing in, and refuses a tampered token', async () => {
    const person = await ctx.createUser();
    const token = createUnsubscribeToken(ctx.deps.config.authSecret, person.id);
    const visitor = ctx.client();
    const page = await visitor.get(`/notifications/unsubscribe?token=${token}`);
    expect(page.status).toBe(200);
    expect(await findEmailDelivery(ctx.deps.db, person.id)).toBe('immediately'); // a link preview changes nothing
    const other = await ctx.createUser();
    const tampered = `${Buffer.from(other.id).toString('base64url')}.${token.split('.')[1]}`;
    expect((await visitor.get(`/notifications/unsubscribe?token=${tampered}`)).status).toBe(400);
    const refused = await visitor.post('/notifications/unsubscribe', { token: tampered });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Ce lien de désabonnement n’est pas valide.');
    expect(await findEmailDelivery(ctx.deps.db, other.id)).toBe('immediately');
    const done = await visitor.post('/notifications/unsubscribe', { token });
    expect(done.status).toBe(200);
    expect(await findEmailDelivery(ctx.deps.db, person.id)).toBe('none');
  });

  it('includes notifications in "download my data"', async () => {
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    await notify(ctx.deps, { userIds: [person.id], kind: 'threshold_reached', params: { title: 'Squares' }, url: '/x' });
    const data = await (await client.get('/account/export')).json();
    expect(data.notifications).toMatchObject([{ kind: 'threshold_reached', params: { title: 'Squares' } }]);
    expect(data.comments).toEqual([]);
    expect(data.moderationFlags).toEqual([]);
  });
});
