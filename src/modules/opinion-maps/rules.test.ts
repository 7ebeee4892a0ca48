import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { createMapFixture, setVoting } from './testing/map-fixture.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const statements = (mapId: string) => ctx.deps.db.selectFrom('opinion_statement').selectAll().where('map_id', '=', mapId).orderBy('number').execute();
const votes = (mapId: string) => ctx.deps.db.selectFrom('opinion_vote').selectAll().where('map_id', '=', mapId).execute();

async function seeded(options: Parameters<typeof createMapFixture>[1] = {}, texts = ['Première proposition.', 'Deuxième proposition.']) {
  const map = await createMapFixture(ctx.deps.db, options);
  for (const body of texts) expect((await admin.post(`/opinion-maps/${map.componentId}/manage/seed`, { body })).status).toBe(303);
  return { ...map, ids: (await statements(map.componentId)).map((s) => s.id) };
}

describe('writing statements', () => {
  it('publishes a statement at once when moderation comes after, and refuses empty, too long and duplicate ones', async () => {
    const map = await seeded();
    const resident = ctx.client();
    // A pseudonym is born with its first vote; then it may write.
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'pass' })).status).toBe(303);
    const ok = await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: '  Des capteurs de bruit près des bars.  ' });
    expect(ok.status).toBe(303);
    expect((await statements(map.componentId)).map((s) => [s.body, s.status])).toContainEqual(['Des capteurs de bruit près des bars.', 'visible']);

    const empty = await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Ce champ est obligatoire');
    const long = await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: 'x'.repeat(141) });
    expect(long.status).toBe(400);
    const longPage = await long.text();
    expect(longPage).toContain('Affirmation trop longue');
    expect(longPage).toContain('x'.repeat(141));
    const duplicate = await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: 'des CAPTEURS de bruit, pres des bars !' });
    expect(duplicate.status).toBe(400);
    expect(await duplicate.text()).toContain('Une affirmation identique existe déjà');
    expect(await statements(map.componentId)).toHaveLength(3);
  });

  it('keeps a statement pending under prior moderation until a host of the organisation approves it', async () => {
    const owner = await ctx.createUser();
    const member = await ctx.createUser();
    const orgId = crypto.randomUUID();
    const now = new Date().toISOString();
    await ctx.deps.db.insertInto('organisation').values({ id: orgId, slug: `asso-${orgId.slice(0, 6)}`, name: 'Asso', kind: 'association', description: '', website: null, neighbourhood_id: null, verified: 1, created_by: owner.id, created_at: now }).execute();
    await ctx.deps.db.insertInto('organisation_member').values([
      { organisation_id: orgId, user_id: owner.id, role: 'owner', listed: 1, created_at: now },
      { organisation_id: orgId, user_id: member.id, role: 'member', listed: 1, created_at: now },
    ]).execute();
    const map = await seeded({ moderation: 'pre', host: orgId });
    const writer = ctx.client();
    expect((await writer.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(303);
    expect((await writer.post(`/opinion-maps/${map.componentId}/statements`, { body: 'Une idée à valider.' })).status).toBe(303);
    const pending = (await statements(map.componentId)).find((s) => s.body === 'Une idée à valider.')!;
    expect(pending.status).toBe('pending');
    const voter = ctx.client();
    const refused = await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: pending.id, vote: 'agree' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Cette affirmation n’existe pas ou a été masquée');

    const memberClient = await ctx.client().signInAs(ctx, member);
    expect((await memberClient.get(`/opinion-maps/${map.componentId}/manage`)).status).toBe(403);
    expect((await memberClient.post(`/opinion-maps/${map.componentId}/statements/${pending.id}/moderate`, { action: 'approve' })).status).toBe(403);
    const ownerClient = await ctx.client().signInAs(ctx, owner);
    const page = await (await ownerClient.get(`/opinion-maps/${map.componentId}/manage`)).text();
    expect(page).toContain('Une idée à valider.');
    expect(page).not.toContain('name="host_organisation_id"');
    expect((await ownerClient.post(`/opinion-maps/${map.componentId}/statements/${pending.id}/moderate`, { action: 'approve' })).status).toBe(303);
    expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: pending.id, vote: 'agree' })).status).toBe(303);
    const audit = await ctx.deps.db.selectFrom('audit_log').select(['action', 'on_behalf_of_org_id']).where('target_id', '=', pending.id).execute();
    expect(audit).toEqual([{ action: 'opinion.statement.approve', on_behalf_of_org_id: orgId }]);
  });
});

describe('voting', () => {
  it('replaces a second vote on the same statement, and refuses hidden, unknown and closed ones with nothing saved', async () => {
    const map = await seeded();
    const resident = ctx.client();
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(303);
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'disagree' })).status).toBe(303);
    expect((await votes(map.componentId)).map((v) => Number(v.vote))).toEqual([-1]);

    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: 'unknown', vote: 'agree' })).status).toBe(400);
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[1], vote: 'maybe' })).status).toBe(400);
    expect((await admin.post(`/opinion-maps/${map.componentId}/statements/${map.ids[1]}/moderate`, { action: 'hide' })).status).toBe(303);
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[1], vote: 'agree' })).status).toBe(400);

    await setVoting(ctx.deps.db, map.componentId, map.phaseId, false);
    const closed = await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' });
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain('La participation à cette carte est fermée');
    expect((await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: 'Trop tard.' })).status).toBe(400);
    expect((await votes(map.componentId)).map((v) => Number(v.vote))).toEqual([-1]);
    expect(await statements(map.componentId)).toHaveLength(2);
    expect(await (await resident.get(map.url)).text()).toContain('La participation est fermée');
  });

  it('needs a verified account when the map does not accept pseudonyms', async () => {
    const map = await seeded({ participation: 'account' });
    const visitor = await ctx.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' });
    expect(visitor.status).toBe(400);
    expect(await visitor.text()).toContain('Connectez-vous');
    const unverified = await ctx.client().signInAs(ctx, await ctx.createUser({ verified: false }));
    expect((await unverified.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(400);
    expect(visitor.headers.getSetCookie().join()).not.toContain('cocity_pseudonym');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'pass' })).status).toBe(303);
    const participants = await ctx.deps.db.selectFrom('opinion_participant').select(['user_id', 'browser_key']).where('map_id', '=', map.componentId).execute();
    expect(participants).toHaveLength(1);
    expect(participants[0].browser_key).toBeNull();
  });

  it('shows one statement at a time among those not voted on, then says when none is left', async () => {
    const map = await seeded();
    const resident = ctx.client();
    const seen = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const page = await (await resident.get(map.url)).text();
      const id = /name="statementId" value="([^"]+)"/.exec(page)![1];
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: id, vote: 'agree' })).status).toBe(303);
    }
    const done = await (await resident.get(map.url)).text();
    expect(done).not.toContain('name="statementId"');
    expect(done).toContain('il en reste 0 sur 2');
    const cookie = (await ctx.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).headers.getSetCookie().join();
    expect(cookie).toMatch(/cocity_pseudonym=[^;]+;.*HttpOnly/i);
  });
});

describe('hosting', () => {
  it('lets a city admin set the question and rules, with clear errors for a bad length limit', async () => {
    const map = await createMapFixture(ctx.deps.db);
    const form = { question_fr: 'Nouvelle question ?', question_en: 'New question?', context_fr: '', context_en: '', moderation: 'pre', max_length: '200', participation: 'account', host_organisation_id: '' };
    const bad = await admin.post(`/opinion-maps/${map.componentId}/manage`, { ...form, max_length: '500' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choisissez un nombre entre 140 et 280.');
    expect((await admin.post(`/opinion-maps/${map.componentId}/manage`, form)).status).toBe(303);
    const row = await ctx.deps.db.selectFrom('opinion_map').selectAll().where('component_id', '=', map.componentId).executeTakeFirstOrThrow();
    expect([row.question_fr, row.moderation, Number(row.max_length), row.participation]).toEqual(['Nouvelle question ?', 'pre', 200, 'account']);
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get(`/opinion-maps/${map.componentId}/manage`)).status).toBe(403);
    expect((await ctx.client().get(`/opinion-maps/${map.componentId}/manage`)).status).toBe(401);
  });
});

describe('cached results', () => {
  it('reuses stored results until enough new votes arrive, and never computes on a vote', async () => {
    const texts = Array.from({ length: 10 }, (_, i) => `Proposition numéro ${i + 1}.`);
    const map = await seeded({}, texts);
    const now = new Date().toISOString();
    // 12 participants × 10 votes = 120 votes: results are recomputed every 2 new votes.
    const rows = [];
    for (let p = 0; p < 12; p++) {
      const id = crypto.randomUUID();
      await ctx.deps.db.insertInto('opinion_participant').values({ id, map_id: map.componentId, user_id: null, browser_key: `key-${p}`, created_at: now }).execute();
      for (let s = 0; s < 10; s++) rows.push({ map_id: map.componentId, participant_id: id, statement_id: map.ids[s], vote: (p + s) % 3 === 0 ? -1 : 1, voted_at: now });
    }
    await ctx.deps.db.insertInto('opinion_vote').values(rows).execute();
    const computedAt = async () => (await ctx.deps.db.selectFrom('opinion_result').select('computed_at').where('map_id', '=', map.componentId).executeTakeFirst())?.computed_at;

    const voter = ctx.client();
    expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(303);
    expect(await computedAt()).toBeUndefined();
    expect((await ctx.client().get(`/opinion-maps/${map.componentId}/results`)).status).toBe(200);
    const first = await computedAt();
    expect(first).toBeDefined();
    expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[1], vote: 'agree' })).status).toBe(303);
    await ctx.client().get(`/opinion-maps/${map.componentId}/results`);
    expect(await computedAt()).toBe(first);
    expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[2], vote: 'agree' })).status).toBe(303);
    const html = await (await ctx.client().get(`/opinion-maps/${map.componentId}/results`)).text();
    expect(await computedAt()).not.toBe(first);
    expect(html).toContain('13 participants, 123 votes');
    const state = await ctx.deps.db.selectFrom('opinion_result').select('state').where('map_id', '=', map.componentId).executeTakeFirstOrThrow();
    expect(JSON.parse(state.state).statementIds).toHaveLength(10);
  });
});

describe('results of a young map', () => {
  it('says there are not enough votes yet, then draws a map from a single vote without failing', async () => {
    const map = await seeded();
    const empty = await ctx.client().get(`/opinion-maps/${map.componentId}/results`);
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('Pas encore assez de votes pour dessiner la carte.');
    expect((await ctx.client().post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[0], vote: 'agree' })).status).toBe(303);
    const one = await ctx.client().get(`/opinion-maps/${map.componentId}/results?lang=en`);
    expect(one.status).toBe(200);
    expect(await one.text()).toContain('1 participant, 1 vote');
    expect((await ctx.client().get(`/opinion-maps/${map.componentId}/export/participants-votes.csv`)).status).toBe(200);
    expect((await ctx.client().get(`/opinion-maps/${map.componentId}/export/other.csv`)).status).toBe(404);
  });
});

describe('download my data', () => {
  it('includes the votes and statements made with the account', async () => {
    const map = await seeded({ participation: 'account' });
    const user = await ctx.createUser();
    const resident = await ctx.client().signInAs(ctx, user);
    expect((await resident.post(`/opinion-maps/${map.componentId}/votes`, { statementId: map.ids[1], vote: 'disagree' })).status).toBe(303);
    expect((await resident.post(`/opinion-maps/${map.componentId}/statements`, { body: 'Mon idée à moi.' })).status).toBe(303);
    const data = await (await resident.get('/account/export')).json();
    expect(data.opinionMapVotes).toEqual([expect.objectContaining({ map_id: map.componentId, body: 'Deuxième proposition.', vote: -1 })]);
    expect(data.opinionMapStatements).toEqual([expect.objectContaining({ body: 'Mon idée à moi.', status: 'visible' })]);
  });
});
