import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createUserWithPassword, lastMailedLink } from './test-users.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const tokenOf = (link: string) => decodeURIComponent(new URL(link, 'http://x').searchParams.get('token') ?? '');

describe('sessions', () => {
  it('lists the open sessions without their tokens and ends another device on request', async () => {
    const user = await ctx.createUser();
    const laptop = await ctx.client().signInAs(ctx, user);
    const laptopSession = await ctx.deps.db.selectFrom('session').select('id').where('userId', '=', user.id).executeTakeFirstOrThrow();
    const phone = await ctx.client().signInAs(ctx, user);
    const sessions = await ctx.deps.db.selectFrom('session').select(['id', 'token']).where('userId', '=', user.id).execute();
    expect(sessions).toHaveLength(2);

    const page = await laptop.get('/account/security');
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const s of sessions) {
      expect(html).toContain(`/account/sessions/${s.id}/revoke`);
      expect(html).not.toContain(s.token);
    }
    expect(html).toContain('cet appareil');

    const phoneSession = sessions.find((s) => s.id !== laptopSession.id)!;
    const unconfirmed = await laptop.post(`/account/sessions/${phoneSession.id}/revoke`);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Cet appareil est déconnecté');
    expect((await phone.get('/account')).status).toBe(200);
    const res = await laptop.post(`/account/sessions/${phoneSession.id}/revoke`, { confirmed: 'yes' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/security');
    expect((await phone.get('/account')).status).toBe(401);
    expect((await laptop.get('/account')).status).toBe(200);
    const left = await ctx.deps.db.selectFrom('session').select('id').where('userId', '=', user.id).execute();
    expect(left.map((s) => s.id)).toEqual([laptopSession.id]);
  });

  it('cannot end someone else’s session', async () => {
    const owner = await ctx.createUser();
    const other = await ctx.createUser();
    const ownerClient = await ctx.client().signInAs(ctx, owner);
    await ctx.client().signInAs(ctx, other);
    const othersSession = await ctx.deps.db.selectFrom('session').select('id').where('userId', '=', other.id).executeTakeFirstOrThrow();
    expect((await ownerClient.post(`/account/sessions/${othersSession.id}/revoke`)).status).toBe(404);
    const res = await ownerClient.post(`/account/sessions/${othersSession.id}/revoke`, { confirmed: 'yes' });
    expect(res.status).toBe(404);
    expect(await ctx.deps.db.selectFrom('session').select('id').where('id', '=', othersSession.id).executeTakeFirst()).toBeDefined();
  });

  it('sends visitors to sign in', async () => {
    const res = await ctx.client().get('/account/security');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('/account/sign-in?next=%2Faccount%2Fsecurity');
  });
});

describe('change email', () => {
  it('changes the address only once the link sent to the new address is opened', async () => {
    const user = await createUserWithPassword(ctx, 'mon mot de passe', { email: 'old@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const wrong = await client.post('/account/security/email', { newEmail: 'new@example.org', password: 'faux mot de passe' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Mot de passe incorrect.');

    const res = await client.post('/account/security/email', { newEmail: 'New@Example.org', password: 'mon mot de passe' });
    expect(res.status).toBe(303);
    const unchanged = await ctx.deps.db.selectFrom('user').select('email').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(unchanged.email).toBe('old@example.org');

    const link = await lastMailedLink(ctx, 'new@example.org', '/account/verify-email');
    expect(link).not.toBeNull();
    const mail = await ctx.deps.db.selectFrom('outbox').select('subject').where('to_address', '=', 'new@example.org').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('cocity\u202F: confirmez votre nouvelle adresse e-mail');
    const confirmed = await client.post('/account/verify-email', { token: tokenOf(link!) });
    expect(confirmed.status).toBe(303);
    const changed = await ctx.deps.db.selectFrom('user').select('email').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(changed.email).toBe('new@example.org');
  });

  it('refuses the current address as the new one', async () => {
    const user = await createUserWithPassword(ctx, 'mon mot de passe', { email: 'same@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const res = await client.post('/account/security/email', { newEmail: 'same@example.org', password: 'mon mot de passe' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('C’est déjà votre adresse actuelle.');
  });
});

describe('preferred language', () => {
  it('stores the language chosen on the account page and uses it for account emails', async () => {
    const user = await createUserWithPassword(ctx, 'une phrase secrète', { email: 'lang@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const res = await client.post('/account/language', { locale: 'en' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?lang=en');
    const row = await ctx.deps.db.selectFrom('user').select('locale').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.locale).toBe('en');
    expect((await client.post('/account/language', { locale: 'de' })).status).toBe(400);

    await ctx.client().post('/account/forgot-password', { email: 'lang@example.org' });
    const mail = await ctx.deps.db.selectFrom('outbox').select('subject').where('to_address', '=', 'lang@example.org').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('cocity: reset your password');
  });
});
