import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createProposalsFixture, insertProposal } from '../proposals/test-fixtures.ts';

let ctx: TestContext;
let admin: TestUser;
let resident: TestUser;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.createUser({ role: 'admin', name: 'Claire Admin' });
  resident = await ctx.createUser({ name: 'Rémi Resident' });
});
afterAll(() => ctx.close());

const roleOf = async (id: string) => (await ctx.handle.db.selectFrom('user').select('role').where('id', '=', id).executeTakeFirstOrThrow()).role;

describe('admin pages', () => {
  it('are refused to visitors (401) and residents (403)', async () => {
    expect((await ctx.client().get('/admin/users')).status).toBe(401);
    const asResident = await ctx.client().signInAs(ctx, resident);
    expect((await asResident.get('/admin/users')).status).toBe(403);
    expect((await asResident.post(`/admin/users/${resident.id}/role`, { role: 'admin' })).status).toBe(403);
    expect(await roleOf(resident.id)).toBe('resident');
  });

  it('lets an admin grant and revoke a role, each change in the audit log', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const page = await (await client.get('/admin/users?q=r%C3%A9mi')).text();
    expect(page).toContain('Rémi Resident');
    expect(page).not.toContain('Claire Admin');
    const granted = await client.post(`/admin/users/${resident.id}/role`, { role: 'moderator' });
    expect(granted.status).toBe(303);
    expect(await roleOf(resident.id)).toBe('moderator');
    // Taking it away asks first: the page says who loses what, and nothing changes until confirmed.
    const asked = await client.post(`/admin/users/${resident.id}/role`, { role: 'resident' });
    expect(asked.status).toBe(200);
    const confirmation = await asked.text();
    expect(confirmation).toContain('Retirer le rôle « Modérateur·rice » à Rémi Resident\u202F?');
    expect(confirmation).toContain('name="confirmed"');
    expect(confirmation).toContain('name="role" value="resident"');
    expect(await roleOf(resident.id)).toBe('moderator');
    expect((await client.post(`/admin/users/${resident.id}/role`, { role: 'resident', confirmed: 'yes' })).status).toBe(303);
    expect(await roleOf(resident.id)).toBe('resident');
    const audit = await (await client.get('/admin/audit')).text();
    // Actions in words, the person by name, the change as "field: before → after", no raw JSON.
    expect(audit).toContain('<strong>Rôle donné</strong><br/>Personne « Rémi Resident »');
    expect(audit).toContain('<strong>Rôle retiré</strong>');
    expect(audit).toContain('<li>rôle\u202f: Habitant·e → Modérateur·rice</li>');
    expect(audit).toContain('<li>rôle\u202f: Modérateur·rice → Habitant·e</li>');
    expect(audit).toContain('Claire Admin');
    expect(audit).not.toContain('role.grant');
    expect(audit).not.toContain('{&quot;');
    const english = await (await client.get('/admin/audit?lang=en')).text();
    expect(english).toContain('<strong>Role granted</strong><br/>Person “Rémi Resident”');
    await client.get('/admin/audit?lang=fr');
  });

  it('refuses an unknown role and keeps the last admin', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    expect((await client.post(`/admin/users/${resident.id}/role`, { role: 'emperor' })).status).toBe(400);
    const res = await client.post(`/admin/users/${admin.id}/role`, { role: 'resident' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('au moins un administrateur');
    expect(await roleOf(admin.id)).toBe('admin');
    // With another admin, revoking one's own role warns that only another admin can give it back.
    await ctx.createUser({ role: 'admin' });
    const own = await (await client.post(`/admin/users/${admin.id}/role`, { role: 'moderator' })).text();
    expect(own).toContain('seul un autre administrateur pourra vous rendre ce rôle');
    expect(await roleOf(admin.id)).toBe('admin');
  });

  it('refuses to make an unverified person a moderator', async () => {
    const unverified = await ctx.createUser({ verified: false });
    const client = await ctx.client().signInAs(ctx, admin);
    expect((await client.post(`/admin/users/${unverified.id}/role`, { role: 'moderator' })).status).toBe(400);
    expect(await roleOf(unverified.id)).toBe('resident');
  });

  it('manages the neighbourhood list with clear errors for bad input', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    expect((await client.post('/admin/neighbourhoods', { name_fr: 'Bord-de-Rivière', name_en: 'Riverside' })).status).toBe(303);
    const dup = await client.post('/admin/neighbourhoods', { name_fr: 'Bord-de-Rivière', name_en: 'Again' });
    expect(dup.status).toBe(400);
    const html = await dup.text();
    expect(html).toContain('Un quartier porte déjà ce nom.');
    expect(html).toContain('value="Again"');
    const empty = await client.post('/admin/neighbourhoods', { name_fr: '', name_en: 'Nameless' });
    expect(empty.status).toBe(400);
    const rows = await ctx.handle.db.selectFrom('neighbourhood').selectAll().execute();
    expect(rows.map((r) => r.slug)).toEqual(['bord-de-riviere']);
    expect((await client.post(`/admin/neighbourhoods/${rows[0].id}`, { name_fr: 'Rive', name_en: '' })).status).toBe(303);
    const renamed = await ctx.handle.db.selectFrom('neighbourhood').selectAll().executeTakeFirstOrThrow();
    expect([renamed.name_fr, renamed.name_en, renamed.slug]).toEqual(['Rive', 'Rive', 'bord-de-riviere']);
    const audit = await (await client.get('/admin/audit')).text();
    expect(audit).toContain('<strong>Quartier renommé</strong><br/>Quartier « Rive »');
    expect(audit).toContain('<li>nom (français)\u202f: Bord-de-Rivière → Rive</li><li>nom (anglais)\u202f: Riverside → Rive</li>');
    expect((await client.post(`/admin/neighbourhoods/${rows[0].id}/delete`)).status).toBe(400);
    expect(await ctx.handle.db.selectFrom('neighbourhood').selectAll().execute()).toHaveLength(1);
    expect((await client.post(`/admin/neighbourhoods/${rows[0].id}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await ctx.handle.db.selectFrom('neighbourhood').selectAll().execute()).toEqual([]);
  });

  it('shows figures at a glance on the admin home, each with its page', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const before = await (await client.get('/admin')).text();
    const figure = (html: string, id: string) => html.match(new RegExp(`id="glance-${id}"><strong>([^<]+)</strong>`))?.[1];
    const [participants, waiting] = [Number(figure(before, 'participants')), Number(figure(before, 'waiting'))];
    const f = await createProposalsFixture(ctx);
    const author = await ctx.createUser();
    const old = new Date(Date.now() - 12 * 86_400_000).toISOString();
    await insertProposal(ctx, f, author.id, old);
    const after = await (await client.get('/admin')).text();
    expect(Number(figure(after, 'waiting'))).toBe(waiting + 1);
    expect(Number(figure(after, 'participants'))).toBe(participants + (old >= monthStart() ? 1 : 0));
    expect(after).toMatch(/<a href="\/proposals\/[^"]+">Des arbres dans la cour de l’école des Tilleuls \(12 jours\)<\/a>/);
    for (const id of ['queue', 'votes', 'overdue']) expect(figure(after, id)).toMatch(/^\d+$/);
    expect(after).toContain('<a href="/moderation">File de modération</a>');
    expect(after).toContain('<a href="/registers/dashboard">Tableau de bord des registres</a>');
  });

  it('shows the outbox to admins', async () => {
    await ctx.deps.mailer.send({ to: 'someone@example.org', subject: 'Bonjour Bellerive', text: 'Lien : http://x' });
    const client = await ctx.client().signInAs(ctx, admin);
    const html = await (await client.get('/admin/outbox?lang=en')).text();
    expect(html).toContain('Bonjour Bellerive');
    expect(html).toContain('No SMTP server is configured');
  });

  it('keeps the language switch on the page the form came from when a post fails', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const res = await client.post('/admin/neighbourhoods', { name_fr: '' }, { referer: 'http://localhost:3000/admin/neighbourhoods' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('href="/admin/neighbourhoods?lang=en"');
    const foreign = await client.post('/admin/neighbourhoods', { name_fr: '' }, { referer: 'https://elsewhere.example/x' });
    expect(await foreign.text()).toContain('href="/?lang=en"');
  });
});


const monthStart = () => { const now = new Date(); return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString(); };
