import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { requireResident } from '../../platform/session.ts';
import { createTestNote, createTestProcess, isNoteHidden, withTestNotes } from '../comments/test-resource.ts';
import { assertNotBlocked } from './index.ts';

let ctx: TestContext;
let author: TestUser;
let resident: TestClient;
let moderator: TestClient;

beforeAll(async () => {
  ctx = await createTestContext({}, { modules: withTestNotes });
  // An action of another module that checks blocks first, as proposals' create/support do.
  ctx.app.post('/test-notes/act', async (c) => {
    await assertNotBlocked(c.var.deps.db, requireResident(c.var.user).id);
    return c.text('done');
  });
  author = await ctx.createUser({ name: 'Alex Author' });
  resident = await ctx.client().signInAs(ctx, await ctx.createUser({ name: 'Frida Flagger', email: 'frida@example.org' }));
  moderator = await ctx.client().signInAs(ctx, await ctx.createUser({ name: 'Mona Moderator', role: 'moderator' }));
});
afterAll(() => ctx.close());

const flagFields = (id: string, extra: Record<string, string> = {}) => ({ resource_type: 'test-note', resource_id: id, reason: 'spam', text: '', return_to: `/test-notes/${id}`, ...extra });

describe('flags and the moderators’ queue', () => {
  it('takes a flag and returns to the page; a second flag by the same person is explained and not stored', async () => {
    const note = await createTestNote(ctx.deps.db, author.id);
    const res = await resident.post('/moderation/flag', flagFields(note));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/test-notes/${note}`);
    const again = await resident.post('/moderation/flag', flagFields(note));
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Vous avez déjà signalé ce contenu');
    const rows = await ctx.deps.db.selectFrom('moderation_flag').select('id').where('resource_id', '=', note).execute();
    expect(rows).toHaveLength(1);
  });

  it('asks for details when the reason is "other", keeping the choice; never returns to another site', async () => {
    const note = await createTestNote(ctx.deps.db, author.id);
    const res = await resident.post('/moderation/flag', flagFields(note, { reason: 'other' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Précisez le motif en quelques mots.');
    expect(html).toContain('<option value="other" selected="">');
    const outside = await resident.post('/moderation/flag', flagFields(note, { reason: 'other', text: 'Phone number', return_to: '//evil.example/x' }));
    expect(outside.headers.get('location')).toBe('/');
  });

  it('returns only to a path on this site: a tab or a line break in return_to never reaches the Location header', async () => {
    for (const returnTo of ['/\t/evil.example/', '/\r\nSet-Cookie: x=1', '/\n/evil.example', '/%0d%0a ok', '/\\evil.example']) {
      const note = await createTestNote(ctx.deps.db, author.id);
      const res = await resident.post('/moderation/flag', flagFields(note, { return_to: returnTo }));
      expect(res.status, JSON.stringify(returnTo)).toBe(303);
      expect(res.headers.get('location')).toBe('/');
      expect(res.headers.get('set-cookie') ?? '').not.toContain('x=1');
    }
    const kept = await createTestNote(ctx.deps.db, author.id);
    const res = await resident.post('/moderation/flag', flagFields(kept, { return_to: `/test-notes/${kept}?page=2#comment-x` }));
    expect(res.headers.get('location')).toBe(`/test-notes/${kept}?page=2#comment-x`);
  });

  it('shows the queue to moderators only, with reasons but without who flagged', async () => {
    const note = await createTestNote(ctx.deps.db, author.id, { title: 'Flagged note' });
    await resident.post('/moderation/flag', flagFields(note, { reason: 'personal_data', text: 'shows a phone number' }));
    const refused = await resident.get('/moderation');
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('href="/moderation"');
    const html = await (await moderator.get('/moderation')).text();
    expect(html).toContain('<a href="/moderation">Modération</a>');
    expect(html).toContain('Flagged note');
    expect(html).toContain('Données personnelles — shows a phone number');
    expect(html).toContain('Alex Author');
    expect(html).not.toContain('Frida');
  });

  it('refuses hiding to a resident; a moderator hides with a public reason, shown in the public log without the flagger', async () => {
    const processId = await createTestProcess(ctx.deps.db, 'parks');
    const note = await createTestNote(ctx.deps.db, author.id, { processId, title: 'Park rules' });
    await resident.post('/moderation/flag', flagFields(note));
    const fields = { resource_type: 'test-note', resource_id: note, public_reason: 'Advertising for a shop' };
    expect((await resident.post('/moderation/hide', fields)).status).toBe(403);
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
    const bad = await moderator.post('/moderation/hide', { ...fields, public_reason: '' });
    expect(bad.status).toBe(400);
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(false);
    const res = await moderator.post('/moderation/hide', fields);
    expect(res.status).toBe(303);
    expect(await isNoteHidden(ctx.deps.db, note)).toBe(true);
    const log = await (await ctx.client().get('/processes/parks/moderation?lang=en')).text();
    expect(log).toContain('“Park rules”');
    expect(log).toContain('Advertising for a shop');
    expect(log).toContain('Hidden');
    expect(log).not.toContain('Frida');
    expect(log).not.toContain('Mona');
    expect((await ctx.client().get('/processes/nowhere/moderation')).status).toBe(404);
  });

  it('blocks an author for some days from the queue, validating the form; the block shows and can be lifted', async () => {
    const person = await ctx.createUser({ name: 'Bob Blocked' });
    const bad = await moderator.post('/moderation/block', { user_id: person.id, days: '0', reason: 'Insults' });
    expect(bad.status).toBe(400);
    expect((await resident.post('/moderation/block', { user_id: person.id, days: '3', reason: 'Insults' })).status).toBe(403);
    expect((await moderator.post('/moderation/block', { user_id: person.id, days: '3', reason: 'Insults' })).status).toBe(303);
    const html = await (await moderator.get('/moderation')).text();
    expect(html).toContain('Bob Blocked');
    const bob = await ctx.client().signInAs(ctx, person);
    const refused = await bob.post('/test-notes/act?lang=en');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('A moderator has suspended your participation for a while');
    const note = await createTestNote(ctx.deps.db, author.id);
    const comment = await bob.post('/comments?lang=fr', { resource_type: 'test-note', resource_id: note, body: 'let me in' });
    expect(comment.status).toBe(403);
    expect(await comment.text()).toContain('Un·e modérateur·rice a suspendu votre participation jusqu’au');
    const block = await ctx.deps.db.selectFrom('user_block').select('id').where('user_id', '=', person.id).executeTakeFirstOrThrow();
    expect((await moderator.post(`/moderation/blocks/${block.id}/lift`)).status).toBe(303);
    const lifted = await ctx.deps.db.selectFrom('user_block').select('lifted_at').where('id', '=', block.id).executeTakeFirstOrThrow();
    expect(lifted.lifted_at).not.toBeNull();
    expect((await bob.post('/test-notes/act')).status).toBe(200);
  });
});
