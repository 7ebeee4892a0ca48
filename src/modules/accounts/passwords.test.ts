import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { passwordProblem } from './password-rules.ts';
import { createUserWithPassword, lastMailedLink } from './test-users.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const tokenOf = (link: string) => decodeURIComponent(new URL(link, 'http://x').searchParams.get('token') ?? '');

describe('password rule', () => {
  it('accepts a long sentence and refuses short, common, repeated or email passwords', () => {
    expect(passwordProblem('un chat sur le toit', 'a@example.org')).toBeNull();
    expect(passwordProblem('abc', 'a@example.org')).toBe('tooShort');
    expect(passwordProblem('x'.repeat(129), 'a@example.org')).toBe('tooLong');
    expect(passwordProblem('AzertyUIOP', 'a@example.org')).toBe('common');
    expect(passwordProblem('zzzzzzzzzzzz', 'a@example.org')).toBe('common');
    expect(passwordProblem('Camille@Example.org', 'camille@example.org')).toBe('sameAsEmail');
  });
});

describe('password reset by email', () => {
  it('sends a link that lets the person choose a new password, after which only the new one works', async () => {
    const user = await createUserWithPassword(ctx, 'ancien mot de passe', { email: 'ines@example.org' });
    const client = ctx.client();
    const asked = await client.post('/account/forgot-password', { email: 'ines@example.org' });
    expect(asked.status).toBe(303);
    const link = await lastMailedLink(ctx, user.email, '/account/reset-password');
    expect(link).not.toBeNull();
    const page = await client.get(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="token"');

    const weak = await client.post('/account/reset-password', { token: tokenOf(link!), password: 'ines@example.org' });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('ne doit pas être votre adresse');

    const done = await client.post('/account/reset-password', { token: tokenOf(link!), password: 'nouveau mot de passe' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/account/sign-in');
    expect((await client.post('/account/sign-in', { email: user.email, password: 'ancien mot de passe' })).status).toBe(400);
    expect((await client.post('/account/sign-in', { email: user.email, password: 'nouveau mot de passe' })).status).toBe(303);

    const reused = await client.post('/account/reset-password', { token: tokenOf(link!), password: 'encore un autre essai' });
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain('Ce lien n’est pas valide');
  });

  it('invalidates every other reset link of the account once one is used, older or newer', async () => {
    const user = await createUserWithPassword(ctx, 'ancien mot de passe', { email: 'yanis@example.org' });
    const client = ctx.client();
    for (let i = 0; i < 3; i++) expect((await client.post('/account/forgot-password', { email: user.email })).status).toBe(303);
    const mails = await ctx.deps.db.selectFrom('outbox').select('text_body').where('to_address', '=', user.email).execute();
    const tokens = mails.map((m) => tokenOf(/\/account\/reset-password\?token=\S+/.exec(m.text_body)![0]));
    expect(new Set(tokens).size).toBe(3);
    const used = await client.post('/account/reset-password', { token: tokens[1], password: 'nouveau mot de passe' });
    expect(used.status).toBe(303);
    for (const other of [tokens[0], tokens[2]]) {
      const refused = await client.post('/account/reset-password', { token: other, password: 'le mot de passe de l’intrus' });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain('Ce lien n’est pas valide');
    }
    expect((await client.post('/account/sign-in', { email: user.email, password: 'nouveau mot de passe' })).status).toBe(303);
  });

  it('keeps only a hash of a reset token in the database, so a dump holds no usable reset link', async () => {
    const user = await createUserWithPassword(ctx, 'ancien mot de passe', { email: 'dump@example.org' });
    const client = ctx.client();
    expect((await client.post('/account/forgot-password', { email: user.email })).status).toBe(303);
    const token = tokenOf((await lastMailedLink(ctx, user.email, '/account/reset-password'))!);
    const rows = await ctx.deps.db.selectFrom('verification').select(['identifier', 'value']).where('value', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].identifier).toMatch(/^reset-password:[\w-]{43}$/);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect((await client.post('/account/reset-password', { token, password: 'nouveau mot de passe' })).status).toBe(303);
    expect((await client.post('/account/sign-in', { email: user.email, password: 'nouveau mot de passe' })).status).toBe(303);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const res = await ctx.client().post('/account/forgot-password', { email: 'nobody@example.org' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account/forgot-password');
    const mails = await ctx.deps.db.selectFrom('outbox').select('id').where('to_address', '=', 'nobody@example.org').execute();
    expect(mails).toEqual([]);
  });

  it('limits reset requests per address', async () => {
    const client = ctx.client();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await client.post('/account/forgot-password', { email: 'flooded@example.org' })).status);
    expect(statuses).toEqual([303, 303, 303, 429]);
  });
});

describe('change password', () => {
  it('needs the current password and follows the rule, then signs in with the new one', async () => {
    const user = await createUserWithPassword(ctx, 'mot de passe actuel', { email: 'theo@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const wrong = await client.post('/account/security/password', { currentPassword: 'pas le bon', newPassword: 'un nouveau secret' });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Mot de passe incorrect.');
    const weak = await client.post('/account/security/password', { currentPassword: 'mot de passe actuel', newPassword: '1234567890' });
    expect(weak.status).toBe(400);
    expect(await weak.text()).toContain('parmi les plus courants');

    const ok = await client.post('/account/security/password', { currentPassword: 'mot de passe actuel', newPassword: 'un nouveau secret' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/account/security');
    expect((await ctx.client().post('/account/sign-in', { email: user.email, password: 'un nouveau secret' })).status).toBe(303);
  });
});
