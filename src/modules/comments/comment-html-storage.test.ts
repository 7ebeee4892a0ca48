import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestContext, TestUser } from '../../../test/support/app.ts';
import { renderCommentHtml } from './comment-html.ts';
import { storeCommentHtml } from './queries.ts';
import { openTestNoteDebate } from './test-note-page.tsx';
import { createTestNote, seedTestComments } from './test-resource.ts';

let ctx: TestContext;
let owner: TestUser;
let resident: TestUser;
let client: TestClient;

beforeAll(async () => ({ ctx, owner, resident, client } = await openTestNoteDebate()));
afterAll(() => ctx.close());


const bodyHtmlOf = async (id: string) => (await ctx.deps.db.selectFrom('comment').select('body_html').where('id', '=', id).executeTakeFirstOrThrow()).body_html;

describe('the HTML of a comment, made once', () => {
  it('is stored when a comment is written and again when it is edited', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await client.post('/comments', { resource_type: 'test-note', resource_id: note, body: 'See https://example.org/a <b>now</b>', stance: 'favour' });
    const { id } = await ctx.deps.db.selectFrom('comment').select('id').where('resource_id', '=', note).executeTakeFirstOrThrow();
    expect(await bodyHtmlOf(id)).toBe(renderCommentHtml('See https://example.org/a <b>now</b>'));
    await client.post(`/comments/${id}/edit`, { resource_type: 'test-note', resource_id: note, body: 'Edited\nhttps://example.org/b' });
    expect(await bodyHtmlOf(id)).toBe(renderCommentHtml('Edited\nhttps://example.org/b'));
    expect(await (await client.get(`/test-notes/${note}`)).text()).toContain('<div class="comment-body"><p>Edited<br/><a href="https://example.org/b" rel="nofollow ugc">https://example.org/b</a></p></div>');
    await client.post(`/comments/${id}/delete`, { resource_type: 'test-note', resource_id: note, confirmed: 'yes' });
    expect(await bodyHtmlOf(id)).toBe('');
  });

  it('is made for older comments the first time a page shows them, and only for those shown', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 55);
    const html = await (await client.get(`/test-notes/${note}`)).text();
    expect(html).toContain('<div class="comment-body"><p>Comment number 1</p></div>');
    expect(await bodyHtmlOf(ids[0])).toBe('<p>Comment number 1</p>');
    expect(await bodyHtmlOf(ids[49])).toBe('<p>Comment number 50</p>');
    expect(await bodyHtmlOf(ids[50])).toBeNull(); // on the second page, not shown yet
  });

  it('is shown as stored: the page does not render the text again', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    await seedTestComments(ctx.deps.db, note, owner.id, 1, '<p>Stored <em>rendering</em></p>');
    expect(await (await client.get(`/test-notes/${note}`)).text()).toContain('<div class="comment-body"><p>Stored <em>rendering</em></p></div>');
  });

  it('made for an older comment never replaces what an edit stored meanwhile', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const [id] = await seedTestComments(ctx.deps.db, note, owner.id, 1);
    await ctx.deps.db.updateTable('comment').set({ body: 'Edited since', body_html: '<p>Edited since</p>' }).where('id', '=', id).execute();
    await storeCommentHtml(ctx.deps.db, [{ id, body: 'Comment number 1' }]); // read before the edit
    expect(await bodyHtmlOf(id)).toBe('<p>Edited since</p>');
  });
});
