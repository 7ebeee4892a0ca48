import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.createUser({ role: 'admin' });
});
afterAll(() => ctx.close());

const acceptances = (userId: string) => ctx.deps.db.selectFrom('terms_acceptance').select(['version', 'accepted_at']).where('user_id', '=', userId).orderBy('version').execute();

describe('accepting the terms of use', () => {
  it('asks for the terms at sign-up: without the box ticked the form comes back with the error and nobody is created', async () => {
    const form = await (await ctx.client().get('/account/sign-up')).text();
    expect(form).toMatch(/<input type="checkbox" id="field-terms" name="terms" value="on" required/);
    expect(form).toContain('href="/legal/terms"');
    const res = await ctx.client().post('/account/sign-up', { name: 'Noé', email: 'noe@example.org', password: 'une phrase assez longue', locale: 'fr' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="error-terms"');
    expect(html).toContain('Acceptez les conditions d’utilisation pour créer un compte.');
    expect(html).toContain('value="noe@example.org"');
    expect(await ctx.deps.db.selectFrom('user').select('id').where('email', '=', 'noe@example.org').executeTakeFirst()).toBeUndefined();
  });

  it('stores the accepted version and date at sign-up, and shows them in the account’s data export', async () => {
    const res = await ctx.client().post('/account/sign-up', { name: 'Noé', email: 'noe@example.org', password: 'une phrase assez longue', locale: 'fr', terms: 'on' });
    expect(res.status).toBe(303);
    const user = await ctx.deps.db.selectFrom('user').select('id').where('email', '=', 'noe@example.org').executeTakeFirstOrThrow();
    const rows = await acceptances(user.id);
    expect(rows).toEqual([{ version: 1, accepted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    await ctx.deps.db.updateTable('user').set({ emailVerified: 1 }).where('id', '=', user.id).execute();
    const client = await ctx.client().signInAs(ctx, { id: user.id, email: 'noe@example.org', name: 'Noé' });
    const exported = (await (await client.get('/account/export')).json()) as { termsOfUse: unknown };
    expect(exported.termsOfUse).toEqual([{ version: 1, acceptedAt: rows[0].accepted_at }]);
  });

  it('records nothing for a sign-up with an address that already has an account', async () => {
    const existing = await ctx.createUser();
    const res = await ctx.client().post('/account/sign-up', { name: 'Other', email: existing.email, password: 'une autre phrase', locale: 'fr', terms: 'on' });
    expect(res.status).toBe(303);
    expect(await acceptances(existing.id)).toEqual([]);
    expect(await ctx.deps.db.selectFrom('terms_acceptance').select('user_id').where('user_id', 'not in', ctx.deps.db.selectFrom('user').select('id')).execute()).toEqual([]);
  });

  it('asks again at the next sign-in once an admin marks a new version, then goes where the person was going', async () => {
    const resident = await createUserWithPassword(ctx, 'une phrase de passe');
    const before = await ctx.client().post('/account/sign-in', { email: resident.email, password: 'une phrase de passe', next: '/processes' });
    expect(before.headers.get('location')).toBe('/processes');

    const adminClient = await ctx.client().signInAs(ctx, admin);
    const terms = { body_fr: '## Règles\n\nNouvelle règle.', body_en: '## Rules\n\nNew rule.' };
    await adminClient.post('/admin/legal/terms', terms);
    const corrected = await ctx.client().post('/account/sign-in', { email: resident.email, password: 'une phrase de passe', next: '/processes' });
    expect(corrected.headers.get('location')).toBe('/processes');
    await adminClient.post('/admin/legal/terms', { ...terms, askAgain: 'on' });

    const client = ctx.client();
    const signedIn = await client.post('/account/sign-in', { email: resident.email, password: 'une phrase de passe', next: '/processes' });
    expect(signedIn.headers.get('location')).toBe('/legal/terms/accept?next=%2Fprocesses');
    const page = await client.get('/legal/terms/accept?next=%2Fprocesses');
    const html = await page.text();
    expect(html).toContain('Nouvelle règle.');
    expect(html).toContain('Version 2.');
    const refused = await client.post('/legal/terms/accept', { next: '/processes' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('id="error-accept"');
    const accepted = await client.post('/legal/terms/accept', { next: '/processes', accept: 'on' });
    expect(accepted.headers.get('location')).toBe('/processes');
    expect((await acceptances(resident.id)).map((r) => r.version)).toEqual([1, 2]);
    const again = await ctx.client().post('/account/sign-in', { email: resident.email, password: 'une phrase de passe', next: '/processes' });
    expect(again.headers.get('location')).toBe('/processes');
  });

  it('never sends anyone elsewhere after accepting, and asks visitors to sign in first', async () => {
    const resident = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, resident);
    const res = await client.post('/legal/terms/accept', { next: '//evil.example/x', accept: 'on' });
    expect(res.headers.get('location')).toBe('/account');
    expect((await ctx.client().get('/legal/terms/accept')).status).toBe(401);
  });
});
