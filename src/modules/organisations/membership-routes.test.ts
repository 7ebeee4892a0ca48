import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createOrganisation } from './service.ts';

let ctx: TestContext;
let owner: TestUser;
let ownerClient: TestClient;
let orgCounter = 0;

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.createUser({ name: 'Olivia Owner' });
  ownerClient = await ctx.client().signInAs(ctx, owner);
});
afterAll(() => ctx.close());

/** Creates a fresh organisation owned by `owner` (through the service: the HTTP path is rate-limited) and returns its slug. */
async function newOrganisation(listed = true): Promise<string> {
  orgCounter += 1;
  const user = { id: owner.id, name: owner.name, email: owner.email, emailVerified: true, role: 'resident' as const, locale: null };
  const created = await createOrganisation(ctx.deps.db, user, { name: `Association ${orgCounter}`, kind: 'association', description: '', listed });
  if (!created.ok) throw new Error('could not create the organisation');
  return created.value;
}

async function invitationIdFor(email: string): Promise<string> {
  const row = await ctx.deps.db.selectFrom('organisation_invitation').select('id').where('email', '=', email.toLowerCase()).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return row.id;
}

async function invite(client: TestClient, slug: string, email: string, role = 'member') {
  return client.post(`/organisations/${slug}/invitations`, { email, role });
}

async function joinAs(slug: string, person: TestUser, role = 'member', listed = true): Promise<TestClient> {
  await invite(ownerClient, slug, person.email, role);
  const client = await ctx.client().signInAs(ctx, person);
  await client.post(`/organisations/invitations/${await invitationIdFor(person.email)}/accept`, listed ? { listed: 'on' } : {});
  return client;
}

describe('invitations', () => {
  it('mails the invitee in the inviter’s language; accepting makes them a listed member', async () => {
    const slug = await newOrganisation();
    const bea = await ctx.createUser({ name: 'Béa Invitée', email: 'bea@example.org' });
    const res = await ownerClient.post(`/organisations/${slug}/invitations?lang=en`, { email: 'Bea@Example.org', role: 'admin' });
    expect(res.status).toBe(303);
    await ownerClient.get('/organisations?lang=fr');

    const mail = await ctx.deps.db.selectFrom('outbox').selectAll().where('to_address', '=', 'bea@example.org').executeTakeFirstOrThrow();
    expect(mail.subject).toContain('Invitation to join');
    expect(mail.text_body).toContain('Olivia Owner');
    expect(mail.text_body).toContain('Administrator');
    expect(mail.text_body).toContain('http://localhost:3000/organisations/invitations');

    const beaClient = await ctx.client().signInAs(ctx, bea);
    const list = await (await beaClient.get('/organisations/invitations')).text();
    expect(list).toContain(`${slug}`);
    expect(list).toContain('Accepter');
    const accept = await beaClient.post(`/organisations/invitations/${await invitationIdFor('bea@example.org')}/accept`, { listed: 'on' });
    expect(accept.status).toBe(303);
    expect(accept.headers.get('location')).toBe(`/organisations/${slug}`);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).toContain('<li>Béa Invitée</li>');
    expect(await (await beaClient.get(`/organisations/${slug}/members`)).text()).toContain('Béa Invitée');
  });

  it('declining creates no membership and clears the invitation', async () => {
    const slug = await newOrganisation();
    const carl = await ctx.createUser({ name: 'Carl Decline' });
    await invite(ownerClient, slug, carl.email);
    const carlClient = await ctx.client().signInAs(ctx, carl);
    const res = await carlClient.post(`/organisations/invitations/${await invitationIdFor(carl.email)}/decline`);
    expect(res.status).toBe(303);
    expect(await (await carlClient.get('/organisations/invitations')).text()).toContain('aucune invitation en attente');
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).not.toContain('Carl Decline');
    expect((await carlClient.get(`/organisations/${slug}/members`)).status).toBe(403);
  });

  it('refuses a second pending invitation for the same email with a clear message', async () => {
    const slug = await newOrganisation();
    expect((await invite(ownerClient, slug, 'twice@example.org')).status).toBe(303);
    const again = await invite(ownerClient, slug, 'TWICE@example.org');
    expect(again.status).toBe(400);
    const html = await again.text();
    expect(html).toContain('Une invitation est déjà en attente pour cette adresse.');
    expect(html).toContain('value="TWICE@example.org"');
    const rows = await ctx.deps.db.selectFrom('organisation_invitation').select('id').where('email', '=', 'twice@example.org').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses to invite an existing member, and a bad email, with field messages', async () => {
    const slug = await newOrganisation();
    expect(await (await invite(ownerClient, slug, owner.email)).text()).toContain('Cette personne est déjà membre.');
    const bad = await invite(ownerClient, slug, 'not-an-email');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Adresse e-mail non valide.');
  });

  it('does not let a plain member invite, nor an admin hand out ownership', async () => {
    const slug = await newOrganisation();
    const member = await joinAs(slug, await ctx.createUser());
    expect((await invite(member, slug, 'friend@example.org')).status).toBe(403);
    const admin = await joinAs(slug, await ctx.createUser(), 'admin');
    const asOwner = await invite(admin, slug, 'boss@example.org', 'owner');
    expect(asOwner.status).toBe(400);
    expect(await asOwner.text()).toContain('Vous ne pouvez pas attribuer ce rôle.');
    expect((await invite(admin, slug, 'helper@example.org', 'admin')).status).toBe(303);
    const sent = await ctx.deps.db.selectFrom('outbox').select('to_address').where('to_address', 'in', ['friend@example.org', 'boss@example.org']).execute();
    expect(sent).toEqual([]);
  });

  it('does not let another person answer someone else’s invitation', async () => {
    const slug = await newOrganisation();
    await invite(ownerClient, slug, 'target@example.org');
    const intruder = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await intruder.post(`/organisations/invitations/${await invitationIdFor('target@example.org')}/accept`)).status).toBe(404);
    expect(await invitationIdFor('target@example.org')).toBeTruthy();
  });
});

describe('leaving and listing', () => {
  it('lets a member leave; their name disappears', async () => {
    const slug = await newOrganisation();
    const dana = await ctx.createUser({ name: 'Dana Leaves' });
    const danaClient = await joinAs(slug, dana);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).toContain('Dana Leaves');
    const unconfirmed = await danaClient.post(`/organisations/${slug}/leave`);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Pour revenir, il faudra une nouvelle invitation.');
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).toContain('Dana Leaves');
    const res = await danaClient.post(`/organisations/${slug}/leave`, { confirmed: 'yes' });
    expect(res.status).toBe(303);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).not.toContain('Dana Leaves');
  });

  it('refuses that the last owner leaves or is demoted, with a clear message', async () => {
    const slug = await newOrganisation();
    const res = await ownerClient.post(`/organisations/${slug}/leave`, { confirmed: 'yes' });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('L’organisation doit garder au moins un·e propriétaire');
    const demote = await ownerClient.post(`/organisations/${slug}/members/${owner.id}/role`, { role: 'member' });
    expect(demote.status).toBe(409);
    expect((await ownerClient.post(`/organisations/${slug}/members/${owner.id}/remove`, { confirmed: 'yes' })).status).toBe(409);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).toContain('Olivia Owner');

    // With a second owner, the first may go.
    await joinAs(slug, await ctx.createUser(), 'owner');
    expect((await ownerClient.post(`/organisations/${slug}/leave`, { confirmed: 'yes' })).status).toBe(303);
  });

  it('shows only members who chose to be listed, and honours a change of mind', async () => {
    const slug = await newOrganisation(false);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).not.toContain('Olivia Owner');
    const hidden = await ctx.createUser({ name: 'Hana Hidden' });
    const hiddenClient = await joinAs(slug, hidden, 'member', false);
    const page = await (await ctx.client().get(`/organisations/${slug}`)).text();
    expect(page).not.toContain('Hana Hidden');
    expect(page).toContain('Aucun membre n’a choisi d’apparaître publiquement.');

    expect((await hiddenClient.post(`/organisations/${slug}/listing`, { listed: '1' })).status).toBe(303);
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).toContain('<li>Hana Hidden</li>');
    await hiddenClient.post(`/organisations/${slug}/listing`, { listed: '0' });
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).not.toContain('Hana Hidden');
  });

  it('never lists a deleted account', async () => {
    const slug = await newOrganisation();
    const gone = await ctx.createUser({ name: 'Gaston Gone' });
    await joinAs(slug, gone);
    await ctx.deps.db.updateTable('user').set({ deletedAt: new Date().toISOString() }).where('id', '=', gone.id).execute();
    expect(await (await ctx.client().get(`/organisations/${slug}`)).text()).not.toContain('Gaston Gone');
  });
});

describe('managing members', () => {
  it('cancels a pending invitation only once confirmed', async () => {
    const slug = await newOrganisation();
    await invite(ownerClient, slug, 'later@example.org');
    const id = await invitationIdFor('later@example.org');
    const members = await (await ownerClient.get(`/organisations/${slug}/members`)).text();
    expect(members).toContain(`action="/organisations/${slug}/invitations/${id}/cancel"`);
    expect(members).toContain('Le lien envoyé à later@example.org ne fonctionnera plus.');
    const unconfirmed = await ownerClient.post(`/organisations/${slug}/invitations/${id}/cancel`);
    expect(unconfirmed.status).toBe(400);
    expect(await invitationIdFor('later@example.org')).toBe(id);
    expect((await ownerClient.post(`/organisations/${slug}/invitations/${id}/cancel`, { confirmed: 'yes' })).status).toBe(303);
    const row = await ctx.deps.db.selectFrom('organisation_invitation').select('status').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
  });

  it('lets the owner promote and remove a member; a plain member sees no management page', async () => {
    const slug = await newOrganisation();
    const eve = await ctx.createUser({ name: 'Eve Member' });
    const eveClient = await joinAs(slug, eve);
    expect((await eveClient.get(`/organisations/${slug}/members`)).status).toBe(403);
    expect((await eveClient.post(`/organisations/${slug}/members/${owner.id}/remove`)).status).toBe(403);

    expect((await ownerClient.post(`/organisations/${slug}/members/${eve.id}/role`, { role: 'admin' })).status).toBe(303);
    expect((await eveClient.get(`/organisations/${slug}/members`)).status).toBe(200);
    // An admin cannot touch an owner.
    expect((await eveClient.post(`/organisations/${slug}/members/${owner.id}/role`, { role: 'member' })).status).toBe(403);

    expect((await ownerClient.post(`/organisations/${slug}/members/${eve.id}/remove`)).status).toBe(400);
    expect((await eveClient.get(`/organisations/${slug}/members`)).status).toBe(200);
    expect((await ownerClient.post(`/organisations/${slug}/members/${eve.id}/remove`, { confirmed: 'yes' })).status).toBe(303);
    expect((await eveClient.get(`/organisations/${slug}/members`)).status).toBe(403);
  });
});

describe('limits', () => {
  it('stops a person sending invitation mails after 40 in an hour', async () => {
    const sender = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, sender);
    const slug = (await client.post('/organisations', { name: 'Envois en masse', kind: 'collective' })).headers.get('location')!.replace('/organisations/', '');
    for (let i = 0; i < 40; i += 1) expect((await invite(client, slug, `bulk${i}@example.org`)).status).toBe(303);
    expect((await invite(client, slug, 'bulk40@example.org')).status).toBe(429);
    expect(await ctx.deps.db.selectFrom('outbox').select('id').where('to_address', '=', 'bulk40@example.org').execute()).toEqual([]);
  });
});
