import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createUserWithPassword, lastMailedLink } from './test-users.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const tokenOf = (link: string) => decodeURIComponent(new URL(link, 'http://x').searchParams.get('token') ?? '');

describe('sign up, verify, sign in', () => {
  it('takes a new person from the sign-up form to their account page through the emailed link', async () => {
    const client = ctx.client();
    const form = await (await client.get('/account/sign-up')).text();
    expect(form).toContain('Au moins 10 caractères');
    const res = await client.post('/account/sign-up', { name: 'Amina', email: 'Amina@Example.org', password: 'trois mots simples', locale: 'en', terms: 'on' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/check-email');

    const row = await ctx.deps.db.selectFrom('user').selectAll().where('email', '=', 'amina@example.org').executeTakeFirstOrThrow();
    expect(row.locale).toBe('en');
    expect(Boolean(row.emailVerified)).toBe(false);
    const mail = await ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', 'amina@example.org').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('cocity: confirm your email address');

    const link = await lastMailedLink(ctx, 'amina@example.org', '/account/verify-email');
    expect(link).not.toBeNull();
    const page = await client.get(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Confirmer mon adresse');
    const confirmed = await client.post('/account/verify-email', { token: tokenOf(link!) });
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/account/sign-in');

    const signedIn = await client.post('/account/sign-in', { email: 'amina@example.org', password: 'trois mots simples', next: '/account' });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/account');
    const account = await client.get('/account');
    expect(account.status).toBe(200);
    const html = await account.text();
    expect(html).toContain('Amina');
    expect(html).toContain('Habitant·e');
  });

  it('refuses a weak password, keeping what was typed and creating nobody', async () => {
    const client = ctx.client();
    for (const [password, message] of [
      ['court', 'au moins 10 caractères'],
      ['motdepasse123', 'parmi les plus courants'],
      ['lea@example.org', 'ne doit pas être votre adresse'],
    ]) {
      const res = await client.post('/account/sign-up', { name: 'Léa', email: 'lea@example.org', password, locale: 'fr', terms: 'on' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('value="lea@example.org"');
    }
    const rows = await ctx.deps.db.selectFrom('user').select('id').where('email', '=', 'lea@example.org').execute();
    expect(rows).toEqual([]);
  });

  it('gives the same answer for an address that already has an account, and sends it no link', async () => {
    const existing = await ctx.createUser({ email: 'taken@example.org' });
    const res = await ctx.client().post('/account/sign-up', { name: 'Someone', email: existing.email, password: 'une autre phrase', locale: 'fr', terms: 'on' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/check-email');
    expect(await lastMailedLink(ctx, existing.email, '/account/verify-email')).toBeNull();
  });

  it('says when the email or password is wrong', async () => {
    await createUserWithPassword(ctx, 'mon bon mot de passe', { email: 'karim@example.org' });
    const res = await ctx.client().post('/account/sign-in', { email: 'karim@example.org', password: 'pas le bon du tout' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Adresse e-mail ou mot de passe incorrect.');
    expect(html).toContain('value="karim@example.org"');
    expect(res.headers.getSetCookie().some((c) => c.includes('session_token'))).toBe(false);
  });

  it('tells an unverified person why they cannot sign in and resends the link on request', async () => {
    await createUserWithPassword(ctx, 'encore une phrase', { email: 'noor@example.org', verified: false });
    const client = ctx.client();
    const res = await client.post('/account/sign-in', { email: 'noor@example.org', password: 'encore une phrase' });
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('pas encore confirmée');
    expect(html).toContain('action="/account/verify-email/resend"');
    const resent = await client.post('/account/verify-email/resend', { email: 'noor@example.org' });
    expect(resent.status).toBe(303);
    expect(await lastMailedLink(ctx, 'noor@example.org', '/account/verify-email')).not.toBeNull();
  });

  it('goes back to a same-site page after sign-in but never to another site', async () => {
    await createUserWithPassword(ctx, 'chemin de retour sûr', { email: 'sam@example.org' });
    const local = await ctx.client().post('/account/sign-in', { email: 'sam@example.org', password: 'chemin de retour sûr', next: '/processes?x=1' });
    expect(local.headers.get('location')).toBe('/processes?x=1');
    const evil = await ctx.client().post('/account/sign-in', { email: 'sam@example.org', password: 'chemin de retour sûr', next: '//evil.example/' });
    expect(evil.headers.get('location')).toBe('/account');
    const page = await ctx.client().get('/account/sign-in?next=%2Forganisations');
    expect(await page.text()).toContain('name="next" value="/organisations"');
  });

  it('blocks sign-in to an account from an address after ten wrong passwords with a 429 page giving the minutes to wait', async () => {
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await client.post('/account/sign-in', { email: 'target@example.org', password: 'x' })).status);
    expect(statuses.every((s) => s === 400)).toBe(true);
    const blocked = await client.post('/account/sign-in', { email: 'target@example.org', password: 'x' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toMatch(/Réessayez dans \d+ minute/);
  });

  it('limits sign-ups per address with a 429 page', async () => {
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await client.post('/account/sign-up', { name: 'Bot', email: 'many@example.org', password: 'phrase de robot', locale: 'fr', terms: 'on' })).status);
    }
    expect(statuses).toEqual([303, 303, 303, 429]);
  });

  it('shows the forms in English with ?lang=en', async () => {
    const html = await (await ctx.client().get('/account/sign-up?lang=en')).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('At least 10 characters');
    expect(html).toContain('<h1>Create an account</h1>');
  });

  it('signs out and forgets the session', async () => {
    const user = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, user);
    expect((await client.get('/account')).status).toBe(200);
    const res = await client.post('/account/sign-out');
    expect(res.status).toBe(303);
    expect((await client.get('/account')).status).toBe(401);
    const sessions = await ctx.deps.db.selectFrom('session').select('id').where('userId', '=', user.id).execute();
    expect(sessions).toEqual([]);
  });
});
