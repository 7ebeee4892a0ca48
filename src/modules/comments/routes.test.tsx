import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestContext, TestUser } from '../../../test/support/app.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';
import { openTestNoteDebate } from './test-note-page.tsx';
import { createTestNote, seedTestComments } from './test-resource.ts';

let ctx: TestContext;
let owner: TestUser;
let resident: TestUser;
let client: TestClient;

beforeAll(async () => ({ ctx, owner, resident, client } = await openTestNoteDebate()));
afterAll(() => ctx.close());

const countComments = async (noteId: string) =>
  Number((await ctx.deps.db.selectFrom('comment').select((eb) => eb.fn.countAll<number>().as('n')).where('resource_id', '=', noteId).executeTakeFirstOrThrow()).n);

async function post(c: TestClient, noteId: string, fields: Record<string, string>) {
  return c.post('/comments', { resource_type: 'test-note', resource_id: noteId, ...fields });
}

async function commentId(noteId: string, body: string): Promise<string> {
  return (await ctx.deps.db.selectFrom('comment').select('id').where('resource_id', '=', noteId).where('body', '=', body).executeTakeFirstOrThrow()).id;
}

describe('debate pages', () => {
  it('invites visitors to sign in, then shows a posted comment with its stance and counts', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id, { title: 'Shade trees' });
    const visitor = await (await ctx.client().get(`/test-notes/${note}`)).text();
    expect(visitor).toContain('Connectez-vous pour commenter.');
    const res = await post(client, note, { body: 'More trees please', stance: 'favour' });
    expect(res.status).toBe(303);
    const id = await commentId(note, 'More trees please');
    expect(res.headers.get('location')).toBe(`/test-notes/${note}#comment-${id}`);
    const html = await (await client.get(`/test-notes/${note}`)).text();
    expect(html).toContain('Votre commentaire est publié.');
    expect(html).toContain(`id="comment-${id}"`);
    expect(html).toContain('Pour\u202F: 1');
    expect(html).toContain('Contre\u202F: 0');
    expect(html).toContain('Rémi Resident');
  });

  it('renders plain text with line breaks and nofollow links, never raw HTML', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await post(client, note, { body: '<script>alert(1)</script>\nSee https://example.org/plan.', stance: 'neutral' });
    const html = await (await client.get(`/test-notes/${note}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br/>See <a href="https://example.org/plan" rel="nofollow ugc">https://example.org/plan</a>.');
  });

  it('refuses an empty or too long comment with the message beside the field and the text kept', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const empty = await post(client, note, { body: '   ', stance: 'favour' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Écrivez votre commentaire.');
    const long = 'x'.repeat(2001);
    const tooLong = await post(client, note, { body: long, stance: 'favour' });
    expect(tooLong.status).toBe(400);
    const html = await tooLong.text();
    expect(html).toContain('Votre commentaire dépasse 2 000 caractères.');
    expect(html).toContain(long);
    expect(await countComments(note)).toBe(0);
  });

  it('refuses a reply deeper than three levels, and comments when closed', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await post(client, note, { body: 'one' });
    await post(client, note, { body: 'two', parent_id: await commentId(note, 'one') });
    await post(client, note, { body: 'three', parent_id: await commentId(note, 'two') });
    const deep = await post(client, note, { body: 'four', parent_id: await commentId(note, 'three') });
    expect(deep.status).toBe(400);
    expect(await deep.text()).toContain('On ne peut pas répondre à une réponse de troisième niveau');
    expect(await countComments(note)).toBe(3);
    const closed = await createTestNote(ctx.deps.db, owner.id, { open: false });
    const res = await post(client, closed, { body: 'hello' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Les commentaires sont fermés.');
    expect(await countComments(closed)).toBe(0);
  });

  it('explains a second identical vote, switches on the opposite one', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ownerClient = await ctx.client().signInAs(ctx, owner);
    await post(ownerClient, note, { body: 'vote here' });
    const id = await commentId(note, 'vote here');
    const fields = { resource_type: 'test-note', resource_id: note };
    expect((await client.post(`/comments/${id}/vote`, { ...fields, direction: 'up' })).status).toBe(303);
    const again = await client.post(`/comments/${id}/vote?lang=en`, { ...fields, direction: 'up' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('You already found this comment helpful.');
    expect((await client.post(`/comments/${id}/vote`, { ...fields, direction: 'down' })).status).toBe(303);
    const html = await (await client.get(`/test-notes/${note}`)).text();
    expect(html).toContain('Not helpful (1)');
    expect(html).toContain('Helpful (0)');
  });

  it('refuses editing someone else’s comment, lets the author edit and delete with a tombstone', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ownerClient = await ctx.client().signInAs(ctx, owner);
    await post(ownerClient, note, { body: 'mine' });
    const id = await commentId(note, 'mine');
    const fields = { resource_type: 'test-note', resource_id: note };
    const hijack = await client.post(`/comments/${id}/edit?lang=fr`, { ...fields, body: 'not yours' });
    expect(hijack.status).toBe(403);
    expect(await hijack.text()).toContain('Seul·e l’auteur·rice peut modifier ou supprimer ce commentaire.');
    expect((await ownerClient.post(`/comments/${id}/edit`, { ...fields, body: 'mine, fixed' })).status).toBe(303);
    expect(await (await client.get(`/test-notes/${note}`)).text()).toContain('modifié');
    const unconfirmed = await ownerClient.post(`/comments/${id}/delete`, fields);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Il ne pourra pas être rétabli.');
    expect(await (await client.get(`/test-notes/${note}`)).text()).toContain('mine, fixed');
    expect((await client.post(`/comments/${id}/delete`, { ...fields, confirmed: 'yes' })).status).toBe(403);
    expect((await ownerClient.post(`/comments/${id}/delete`, { ...fields, confirmed: 'yes' })).status).toBe(303);
    const html = await (await client.get(`/test-notes/${note}`)).text();
    expect(html).toContain('Commentaire supprimé par son auteur·rice.');
    expect(html).not.toContain('mine, fixed');
  });

  it('comments for an organisation the person belongs to, and refuses one they do not', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const orgId = randomUUID();
    const now = new Date().toISOString();
    await ctx.deps.db.insertInto('organisation').values({ id: orgId, slug: `velo-${orgId.slice(0, 6)}`, name: 'Vélo Club', kind: 'association', description: '', website: null, neighbourhood_id: null, verified: 0, created_by: resident.id, created_at: now }).execute();
    await ctx.deps.db.insertInto('organisation_member').values({ organisation_id: orgId, user_id: resident.id, role: 'owner', listed: 1, created_at: now }).execute();
    const page = await (await client.get(`/test-notes/${note}`)).text();
    expect(page).toContain('Vélo Club');
    expect((await post(client, note, { body: 'for the club', actor: orgId })).status).toBe(303);
    expect(await (await ctx.client().get(`/test-notes/${note}`)).text()).toContain('Vélo Club</a> (Rémi Resident)');
    const outsider = await ctx.client().signInAs(ctx, owner);
    const refused = await post(outsider, note, { body: 'pretending', actor: orgId });
    expect(refused.status).toBe(403);
    expect(await countComments(note)).toBe(1);
  });

  it('sends permalinks to the comment’s place; refuses visitors and unverified people', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await post(client, note, { body: 'link me' });
    const id = await commentId(note, 'link me');
    const res = await ctx.client().get(`/comments/${id}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/test-notes/${note}#comment-${id}`);
    expect((await post(ctx.client(), note, { body: 'anonymous' })).status).toBe(401);
    const unverified = await ctx.client().signInAs(ctx, await ctx.createUser({ verified: false }));
    expect((await post(unverified, note, { body: 'unverified' })).status).toBe(403);
    expect(await countComments(note)).toBe(1);
  });

  it('keeps the comments of a deleted account, shown as by a deleted participant, and erases its notifications', async () => {
    const leaving = await createUserWithPassword(ctx, 'au revoir la ville', { name: 'Léa Leaving' });
    const leaver = await ctx.client().signInAs(ctx, leaving);
    const note = await createTestNote(ctx.deps.db, leaving.id);
    await post(leaver, note, { body: 'my last words' });
    await post(client, note, { body: 'an answer', parent_id: await commentId(note, 'my last words') });
    expect((await leaver.post('/account/delete', { confirmed: 'yes', password: 'au revoir la ville' })).status).toBe(303);
    const html = await (await ctx.client().get(`/test-notes/${note}`)).text();
    expect(html).toContain('my last words');
    expect(html).toContain('Participant·e supprimé·e');
    expect(html).not.toContain('Léa Leaving');
    const left = await ctx.deps.db.selectFrom('notification').select('id').where('user_id', '=', leaving.id).execute();
    expect(left).toEqual([]);
  });

  it('lets a moderator hide a comment from the page with a public reason, find it in the queue and restore it', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await post(client, note, { body: 'call 06 12 34 56 78' });
    const id = await commentId(note, 'call 06 12 34 56 78');
    const mod = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'moderator' }));
    const page = await (await mod.get(`/test-notes/${note}`)).text();
    expect(page).toContain(`id="hide-reason-comment-${id}"`);
    const hide = await mod.post('/moderation/hide', { resource_type: 'comment', resource_id: id, public_reason: 'Personal data', return_to: `/test-notes/${note}#comment-${id}` });
    expect(hide.headers.get('location')).toBe(`/test-notes/${note}#comment-${id}`);
    const visitor = await (await ctx.client().get(`/test-notes/${note}`)).text();
    expect(visitor).toContain('Masqué par la modération\u202F: Personal data');
    expect(visitor).not.toContain('06 12 34 56 78');
    const queue = await (await mod.get('/moderation')).text();
    expect(queue).toContain('Commentaire sur « ');
    expect(queue).toContain('Personal data');
    const modView = await (await mod.get(`/test-notes/${note}`)).text();
    expect(modView).toContain('06 12 34 56 78');
    const restore = await mod.post('/moderation/restore', { resource_type: 'comment', resource_id: id, return_to: `/test-notes/${note}#comment-${id}` });
    expect(restore.status).toBe(303);
    expect(await (await ctx.client().get(`/test-notes/${note}`)).text()).toContain('06 12 34 56 78');
  });

  it('publishes the debate read-only in the API, answering errors in JSON', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id, { title: 'Open data' });
    await post(client, note, { body: 'first', stance: 'against' });
    await post(client, note, { body: 'second', parent_id: await commentId(note, 'first') });
    const res = await ctx.client().get(`/api/v1/comments?resource_type=test-note&resource_id=${note}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.resource).toMatchObject({ title: 'Open data', url: `http://localhost:3000/test-notes/${note}` });
    expect(body.counts).toEqual({ favour: 0, against: 1, neutral: 0, total: 2 });
    expect(body.comments.map((c: { body: string; depth: number }) => [c.body, c.depth])).toEqual([['first', 1], ['second', 2]]);
    expect(JSON.stringify(body)).not.toContain(resident.email);
    const missing = await ctx.client().get('/api/v1/comments?resource_type=test-note&resource_id=nope');
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
    const bad = await ctx.client().get('/api/v1/comments?resource_type=test-note');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.resource_id).toBeDefined();
  });

  it('gives every comment of a long debate with its text, however many the page reads at a time', async () => {
    // More comments than one query of texts takes (500): the API lists the whole debate, in order, none twice.
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 1_030);
    const body = await (await ctx.client().get(`/api/v1/comments?resource_type=test-note&resource_id=${note}`)).json();
    expect(body.comments.map((c: { id: string }) => c.id)).toEqual(ids);
    expect(body.comments[1_029].body).toBe('Comment number 1030');
    expect(body.counts.total).toBe(1_030);
  });
});
