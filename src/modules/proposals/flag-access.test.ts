import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createProposalsFixture, insertProposal, type ProposalsFixture } from './test-fixtures.ts';

// The flag form loads the flagged resource to name it on its error page: it must load it as the
// visitor may see it, or a draft process's proposals (and hidden content) leak through that page.
let ctx: TestContext;
let author: TestUser;
let resident: TestClient;
let moderator: TestClient;
let admin: TestClient;
let draft: ProposalsFixture;
let draftProposal: string;
let draftComment: string;

const DRAFT_TITLE = 'Titre confidentiel DRAFT-SECRET';
const flagsOn = (id: string) => ctx.deps.db.selectFrom('moderation_flag').select('id').where('resource_id', '=', id).execute();

async function insertComment(resourceId: string, body: string, hidden = false): Promise<string> {
  const id = randomUUID();
  await ctx.deps.db
    .insertInto('comment')
    .values({ id, resource_type: 'proposal', resource_id: resourceId, parent_id: null, depth: 0, author_user_id: author.id, organisation_id: null, stance: 'neutral', body, created_at: new Date().toISOString(), edited_at: null, deleted_at: null, hidden_at: hidden ? new Date().toISOString() : null, hidden_reason: null })
    .execute();
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  author = await ctx.createUser();
  resident = await ctx.client().signInAs(ctx, await ctx.createUser());
  moderator = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'moderator' }));
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  draft = await createProposalsFixture(ctx);
  draftProposal = await insertProposal(ctx, draft, author.id);
  await ctx.deps.db.updateTable('proposal').set({ title: DRAFT_TITLE }).where('id', '=', draftProposal).execute();
  draftComment = await insertComment(draftProposal, 'Commentaire dans un brouillon');
  await ctx.deps.db.updateTable('process').set({ published: 0 }).where('id', '=', draft.processId).execute();
});
afterAll(() => ctx.close());

const flag = (client: TestClient, type: string, id: string, reason = 'not-a-reason') => client.post('/moderation/flag', { resource_type: type, resource_id: id, reason, text: '', return_to: '/' });

describe('flagging something the visitor may not see', () => {
  it('answers 404 for a draft process’s proposal, valid reason or not, without its title, and stores nothing', async () => {
    for (const client of [resident, moderator, ctx.client()]) {
      const invalid = await flag(client, 'proposal', draftProposal);
      expect(invalid.status).toBe(404);
      expect(await invalid.text()).not.toContain('DRAFT-SECRET');
    }
    expect((await flag(resident, 'proposal', draftProposal, 'spam')).status).toBe(404);
    expect(await flagsOn(draftProposal)).toEqual([]);
    // A city admin sees drafts everywhere, so here too.
    const byAdmin = await flag(admin, 'proposal', draftProposal);
    expect(byAdmin.status).toBe(400);
    expect(await byAdmin.text()).toContain('DRAFT-SECRET');
  });

  it('answers 404 for a comment on a draft process’s proposal, and stores nothing', async () => {
    expect((await flag(resident, 'comment', draftComment)).status).toBe(404);
    expect((await flag(resident, 'comment', draftComment, 'spam')).status).toBe(404);
    expect(await flagsOn(draftComment)).toEqual([]);
  });

  it('names a hidden proposal only to moderators', async () => {
    const open = await createProposalsFixture(ctx);
    const hidden = await insertProposal(ctx, open, author.id);
    await ctx.deps.db.updateTable('proposal').set({ title: 'Titre masqué HIDDEN-SECRET', hidden_at: new Date().toISOString(), hidden_reason: 'Propos injurieux' }).where('id', '=', hidden).execute();
    const page = await flag(resident, 'proposal', hidden);
    expect(page.status).toBe(400);
    const html = await page.text();
    expect(html).not.toContain('HIDDEN-SECRET');
    expect(html).toContain('contenu masqué par la modération');
    expect(await (await flag(moderator, 'proposal', hidden)).text()).toContain('HIDDEN-SECRET');
  });

  it('still takes flags on what the visitor can see', async () => {
    const open = await createProposalsFixture(ctx);
    const proposal = await insertProposal(ctx, open, author.id);
    const comment = await insertComment(proposal, 'Un commentaire visible');
    expect((await flag(resident, 'proposal', proposal, 'spam')).status).toBe(303);
    expect((await flag(resident, 'comment', comment, 'spam')).status).toBe(303);
    expect(await flagsOn(proposal)).toHaveLength(1);
    expect(await flagsOn(comment)).toHaveLength(1);
  });

  it('has no flag form for opinion-map statements (hosts moderate them on their map)', async () => {
    expect((await flag(resident, 'opinion_statement', randomUUID(), 'spam')).status).toBe(404);
  });
});
