import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient, TestContext, TestUser } from '../../../test/support/app.ts';
import { openTestNoteDebate } from './test-note-page.tsx';
import { createTestNote, seedTestComments } from './test-resource.ts';

let ctx: TestContext;
let owner: TestUser;
let resident: TestUser;
let client: TestClient;

beforeAll(async () => ({ ctx, owner, resident, client } = await openTestNoteDebate()));
afterAll(() => ctx.close());


const shows = (html: string, id: string) => html.includes(`id="comment-${id}"`);

describe('a long debate, fifty comments a page', () => {
  it('shows each page with its replies and plain links to the pages before and after', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 120);
    const reply = await client.post('/comments', { resource_type: 'test-note', resource_id: note, parent_id: ids[60], body: 'A reply on page two' });
    expect(reply.status).toBe(303);

    const first = await (await client.get(`/test-notes/${note}`)).text();
    expect(ids.filter((id) => shows(first, id))).toEqual(ids.slice(0, 50));
    expect(first).toContain('Débat (121 commentaires)');
    expect(first).toContain('Commentaires 1 à 50 sur 120, avec leurs réponses.');
    expect(first).toContain(`<a href="/test-notes/${note}?comment_page=2#comments" rel="next">Commentaires suivants (encore 70)</a>`);
    expect(first).not.toContain('rel="prev"');
    expect(first).not.toContain('A reply on page two');

    const second = await (await client.get(`/test-notes/${note}?comment_page=2`)).text();
    expect(ids.filter((id) => shows(second, id))).toEqual(ids.slice(50, 100));
    expect(second).toContain('A reply on page two');
    expect(second).toContain(`<a href="/test-notes/${note}#comments" rel="prev">`);
    expect(second).toContain(`href="/test-notes/${note}?comment_page=3#comments" rel="next"`);

    const last = await (await client.get(`/test-notes/${note}?comment_page=3`)).text();
    expect(ids.filter((id) => shows(last, id))).toEqual(ids.slice(100));
    expect(last).not.toContain('rel="next"');
    // A page past the end shows the last one; anything else that is not a page number shows the first.
    const past = await (await client.get(`/test-notes/${note}?comment_page=40`)).text();
    expect(ids.filter((id) => shows(past, id))).toEqual(ids.slice(100));
    const nonsense = await (await client.get(`/test-notes/${note}?comment_page=-2`)).text();
    expect(ids.filter((id) => shows(nonsense, id))).toEqual(ids.slice(0, 50));
  });

  it('keeps the chosen order from page to page, and starts again at page one when the order changes', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 60);
    const voters = await Promise.all([1, 2].map(() => ctx.createUser()));
    for (const voter of voters) await (await ctx.client().signInAs(ctx, voter)).post(`/comments/${ids[59]}/vote`, { resource_type: 'test-note', resource_id: note, direction: 'up' });
    const best = await (await client.get(`/test-notes/${note}?comment_sort=best`)).text();
    expect(shows(best, ids[59])).toBe(true); // the best rated comes first although it is the newest
    expect(shows(best, ids[49])).toBe(false);
    expect(best).toContain(`href="/test-notes/${note}?comment_sort=best&amp;comment_page=2#comments" rel="next"`);
    const second = await (await client.get(`/test-notes/${note}?comment_sort=best&comment_page=2`)).text();
    expect(second).toContain(`href="/test-notes/${note}?comment_sort=stance#comments"`);
    expect(ids.filter((id) => shows(second, id))).toEqual(ids.slice(49, 59));
  });

  it('sends people to the page that holds the comment they wrote, voted on or opened by its link', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 100);
    const reply = await client.post('/comments', { resource_type: 'test-note', resource_id: note, parent_id: ids[75], body: 'Agreed' });
    const replyId = (await ctx.deps.db.selectFrom('comment').select('id').where('parent_id', '=', ids[75]).executeTakeFirstOrThrow()).id;
    expect(reply.headers.get('location')).toBe(`/test-notes/${note}?comment_page=2#comment-${replyId}`);
    expect((await client.get(`/comments/${replyId}`)).headers.get('location')).toBe(`/test-notes/${note}?comment_page=2#comment-${replyId}`);
    const newest = await client.post('/comments', { resource_type: 'test-note', resource_id: note, body: 'The hundred and first', stance: 'favour' });
    expect(newest.headers.get('location')).toMatch(new RegExp(`^/test-notes/${note}\\?comment_page=3#comment-`));
    const vote = await client.post(`/comments/${ids[10]}/vote`, { resource_type: 'test-note', resource_id: note, direction: 'up' });
    expect(vote.headers.get('location')).toBe(`/test-notes/${note}#comment-${ids[10]}`);
    // The vote shows as the pressed one of the pair, to screen readers too.
    const page = await (await client.get(`/test-notes/${note}`)).text();
    const votes = page.slice(page.indexOf(`id="comment-${ids[10]}"`)).match(/<form method="post" action="\/comments\/[^"]+\/vote"[\s\S]*?<\/form>/g) ?? [];
    expect(votes.slice(0, 2).map((form) => /aria-pressed="(\w+)"/.exec(form)?.[1])).toEqual(['true', 'false']);
  });

  it('shows a refused reply again on the page that holds the comment it answers, with the text kept', async () => {
    const note = await createTestNote(ctx.deps.db, owner.id);
    const ids = await seedTestComments(ctx.deps.db, note, owner.id, 80);
    const refused = await client.post('/comments', { resource_type: 'test-note', resource_id: note, parent_id: ids[70], body: 'x'.repeat(2001) });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(shows(html, ids[70])).toBe(true);
    expect(html).toContain('Votre commentaire dépasse 2 000 caractères.');
    expect(html).toContain('x'.repeat(2001));
  });
});
