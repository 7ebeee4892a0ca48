import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { defineModule } from '../define-module.ts';
import { modules } from '../index.ts';
import { createUserWithPassword } from './test-users.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** An organisation the person created and belongs to, an invitation and a mail for them: things deletion must sort out. */
async function giveHistory(user: TestUser): Promise<{ organisationId: string }> {
  const now = new Date().toISOString();
  const organisationId = randomUUID();
  const other = randomUUID();
  await ctx.deps.db
    .insertInto('organisation')
    .values([
      { id: organisationId, slug: `jardin-${organisationId.slice(0, 6)}`, name: 'Jardin partagé', kind: 'association', description: '', website: null, neighbourhood_id: null, verified: 0, created_by: user.id, created_at: now },
      { id: other, slug: `velo-${other.slice(0, 6)}`, name: 'Atelier vélo', kind: 'association', description: '', website: null, neighbourhood_id: null, verified: 0, created_by: null, created_at: now },
    ])
    .execute();
  await ctx.deps.db.insertInto('organisation_member').values({ organisation_id: organisationId, user_id: user.id, role: 'owner', listed: 1, created_at: now }).execute();
  await ctx.deps.db
    .insertInto('organisation_invitation')
    .values({ id: randomUUID(), organisation_id: other, email: user.email, role: 'member', status: 'pending', invited_by: null, created_at: now, answered_at: null })
    .execute();
  await ctx.deps.mailer.send({ to: user.email, subject: 'Bienvenue', text: 'Bonjour' });
  return { organisationId };
}

describe('download my data', () => {
  it('gives a JSON file with profile, sessions without tokens, memberships, invitations, audit entries and mails', async () => {
    const user = await ctx.createUser({ name: 'Export Person' });
    await giveHistory(user);
    await ctx.deps.db
      .insertInto('audit_log')
      .values({ id: randomUUID(), actor_user_id: user.id, on_behalf_of_org_id: null, action: 'organisation.create', target_type: 'organisation', target_id: null, details: '{"x":1}', created_at: new Date().toISOString() })
      .execute();
    const client = await ctx.client().signInAs(ctx, user);
    const res = await client.get('/account/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cocity-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await res.text();
    const token = (await ctx.deps.db.selectFrom('session').select('token').where('userId', '=', user.id).executeTakeFirstOrThrow()).token;
    expect(text).not.toContain(token);
    const data = JSON.parse(text);
    expect(data.profile).toMatchObject({ id: user.id, name: 'Export Person', email: user.email, emailVerified: true });
    expect(data.sessions).toHaveLength(1);
    expect(data.organisationMemberships.map((m: { name: string }) => m.name)).toEqual(['Jardin partagé']);
    expect(data.organisationInvitations.map((i: { organisation: string }) => i.organisation)).toEqual(['Atelier vélo']);
    expect(data.auditLog).toEqual([expect.objectContaining({ action: 'organisation.create', details: { x: 1 } })]);
    expect(data.mails.map((m: { subject: string }) => m.subject)).toEqual(['Bienvenue']);
  });

  it('includes the sections the installed modules declare', async () => {
    const section = async (_db: unknown, userId: string): Promise<[string, unknown]> => ['garden_plots', [{ holder: userId }]];
    const withPlots = await createTestContext({}, { modules: [...modules, defineModule({ name: 'garden-plots', exportSections: [section] })] });
    try {
      const user = await withPlots.createUser();
      const client = await withPlots.client().signInAs(withPlots, user);
      const data = await (await client.get('/account/export')).json();
      expect(data.garden_plots).toEqual([{ holder: user.id }]);
      expect(data.proposals).toEqual([]);
    } finally {
      await withPlots.close();
    }
  });

  it('is only for the signed-in person', async () => {
    expect((await ctx.client().get('/account/export')).status).toBe(401);
  });
});

describe('delete my account', () => {
  it('asks for the password and changes nothing when it is wrong', async () => {
    const user = await createUserWithPassword(ctx, 'garder mon compte', { email: 'keep@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const page = await client.get('/account/delete');
    expect(await page.text()).toContain('Participant·e supprimé·e');
    // The right password without the confirmation field (a stray or forged post) deletes nothing either.
    const unconfirmed = await client.post('/account/delete', { password: 'garder mon compte' });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Rien n’a été fait');
    const res = await client.post('/account/delete', { confirmed: 'yes', password: 'pas le bon mot' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Mot de passe incorrect.');
    const row = await ctx.deps.db.selectFrom('user').select(['email', 'deletedAt']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ email: 'keep@example.org', deletedAt: null });
  });

  it('stops password guessing through the deletion form', async () => {
    const user = await createUserWithPassword(ctx, 'un vrai secret ici', { email: 'guess@example.org' });
    const client = await ctx.client().signInAs(ctx, user);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await client.post('/account/delete', { confirmed: 'yes', password: `essai numéro ${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await client.post('/account/delete', { confirmed: 'yes', password: 'un vrai secret ici' })).status).toBe(429);
    const row = await ctx.deps.db.selectFrom('user').select('deletedAt').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.deletedAt).toBeNull();
  });

  it('erases personal data, keeps authored content, audits, and the person can no longer sign in', async () => {
    const user = await createUserWithPassword(ctx, 'au revoir la ville', { email: 'leaving@example.org', name: 'Camille Martin', locale: 'en' });
    const { organisationId } = await giveHistory(user);
    const client = await ctx.client().signInAs(ctx, user);
    const res = await client.post('/account/delete', { confirmed: 'yes', password: 'au revoir la ville' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');

    const row = await ctx.deps.db.selectFrom('user').selectAll().where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.name).toBe('deleted');
    expect(row.email).toBe(`deleted-${user.id}@deleted.invalid`);
    expect(row.locale).toBeNull();
    expect(row.deletedAt).not.toBeNull();
    const left = async (table: 'session' | 'account') => ctx.deps.db.selectFrom(table).select('id').where('userId', '=', user.id).execute();
    expect(await left('session')).toEqual([]);
    expect(await left('account')).toEqual([]);
    expect(await ctx.deps.db.selectFrom('organisation_member').select('role').where('user_id', '=', user.id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('organisation_invitation').select('id').where('email', '=', 'leaving@example.org').execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('outbox').select('id').where('to_address', '=', 'leaving@example.org').execute()).toEqual([]);

    const organisation = await ctx.deps.db.selectFrom('organisation').select('created_by').where('id', '=', organisationId).executeTakeFirstOrThrow();
    expect(organisation.created_by).toBe(user.id);
    const audit = await ctx.deps.db.selectFrom('audit_log').select(['action', 'details']).where('actor_user_id', '=', user.id).execute();
    expect(audit).toEqual([{ action: 'account.delete', details: '{}' }]);

    expect((await client.get('/account')).status).toBe(401);
    const again = await ctx.client().post('/account/sign-in', { email: 'leaving@example.org', password: 'au revoir la ville' });
    expect(again.status).toBe(400);
    expect((await ctx.client().post('/account/forgot-password', { email: 'leaving@example.org' })).status).toBe(303);
    expect(await ctx.deps.db.selectFrom('outbox').select('id').where('to_address', '=', 'leaving@example.org').execute()).toEqual([]);
  });
});
