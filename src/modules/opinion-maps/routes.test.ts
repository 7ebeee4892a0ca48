import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { loadPolisExport } from '../../cli/opinion.ts';
import { analyzeConversation } from '../../engines/opinion/index.ts';
import { createMapFixture, setVoting } from './testing/map-fixture.ts';
import { campOf, twoCampStatements, twoCampVote } from './testing/two-camps.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const statementIds = async (mapId: string) =>
  (await ctx.deps.db.selectFrom('opinion_statement').select(['id', 'number', 'status']).where('map_id', '=', mapId).orderBy('number').execute()).map((s) => s.id);
const voteCount = async (mapId: string) => Number((await ctx.deps.db.selectFrom('opinion_vote').select((eb) => eb.fn.countAll().as('n')).where('map_id', '=', mapId).executeTakeFirstOrThrow()).n);

describe('a two-camp conversation', () => {
  let map: Awaited<ReturnType<typeof createMapFixture>>;
  const residents: TestClient[] = [];

  beforeAll(async () => {
    map = await createMapFixture(ctx.deps.db, { participation: 'pseudonymous' });
    for (const text of twoCampStatements) expect((await admin.post(`/opinion-maps/${map.componentId}/manage/seed`, { body: text })).status).toBe(303);
    const ids = await statementIds(map.componentId);
    for (let r = 0; r < 8; r++) {
      const client = ctx.client();
      residents.push(client);
      for (let s = 0; s < ids.length; s++) {
        const res = await client.post(`/opinion-maps/${map.componentId}/votes`, { statementId: ids[s], vote: twoCampVote(r, s) });
        expect(res.status).toBe(303);
      }
    }
  });

  it('gives each browser its own pseudonym and counts every vote once', async () => {
    expect(await voteCount(map.componentId)).toBe(80);
    const participants = await ctx.deps.db.selectFrom('opinion_participant').select(['user_id', 'browser_key']).where('map_id', '=', map.componentId).execute();
    expect(participants).toHaveLength(8);
    expect(participants.every((p) => p.user_id === null && /^[0-9a-f]{64}$/.test(p.browser_key ?? ''))).toBe(true);
  });

  it('shows two groups on the results page, with the shared statement as common ground', async () => {
    const html = await (await ctx.client().get(`/opinion-maps/${map.componentId}/results`)).text();
    expect(html).toContain('Groupe A — 4 personnes');
    expect(html).toContain('Groupe B — 4 personnes');
    expect(html).not.toContain('Groupe C');
    const consensus = html.slice(html.indexOf('id="opinion-consensus"'), html.indexOf('id="opinion-group-0"'));
    expect(consensus).toContain(twoCampStatements[8]);
    expect(consensus).not.toContain(twoCampStatements[0]);
    expect(html).toContain('<svg');
    expect(html).toMatch(/<desc id="opinion-map-desc">Carte de 8 participants/);
    expect(html).toContain('100 % de ce groupe d’accord, contre');
    // Agreement and disagreement are told apart by a mark (a shape), not only by colour.
    expect(html).toMatch(/<span class="opinion-side agree"><span aria-hidden="true">✓ <\/span>100 % de ce groupe d’accord/);
    expect(html).toMatch(/<span class="opinion-side disagree"><span aria-hidden="true">✗ <\/span>\d+ % de ce groupe pas d’accord/);
  });

  it('tells a participant where they stand', async () => {
    const html = await (await residents[0].get(`/opinion-maps/${map.componentId}/results`)).text();
    expect(html).toMatch(/Vous êtes dans le groupe [AB]/);
    const page = await (await residents[0].get(map.url)).text();
    expect(page).toContain('il en reste 0 sur 10');
    expect(page).toContain('Voir où vous vous situez sur la carte');
  });

  it('exports the conversation in Pol.is format, and re-analysing it gives the same groups', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opinion-export-'));
    try {
      for (const file of ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv']) {
        const res = await ctx.client().get(`/opinion-maps/${map.componentId}/export/${file}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toContain('text/csv');
        writeFileSync(join(dir, file), await res.text());
      }
      const { matrix } = await loadPolisExport(dir);
      const analysis = analyzeConversation(matrix);
      const partition = analysis.groups.map((g) => g.members.map(Number).sort((a, b) => a - b));
      expect(partition.map((m) => m.map(campOf))).toEqual(expect.arrayContaining([[0, 0, 0, 0], [1, 1, 1, 1]]));
      const api = await (await ctx.client().get(`/api/v1/opinion-maps/${map.componentId}/results`)).json();
      expect(api.groups.map((g: { members: number[] }) => g.members).sort()).toEqual(partition.sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers the API with statements, counts and results, participants only as numbers', async () => {
    const detail = await (await ctx.client().get(`/api/v1/opinion-maps/${map.componentId}`)).json();
    expect(detail.participants).toBe(8);
    expect(detail.votes).toBe(80);
    expect(detail.statements[8]).toMatchObject({ number: 8, agree: 8, disagree: 0, pass: 0 });
    const results = await (await ctx.client().get(`/api/v1/opinion-maps/${map.componentId}/results`)).json();
    expect(results.groups.map((g: { size: number }) => g.size)).toEqual([4, 4]);
    expect(results.consensus.map((c: { number: number }) => c.number)).toContain(8);
    expect(JSON.stringify(results.groups)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect((await ctx.client().get('/api/v1/opinion-maps/nope')).status).toBe(404);
    const doc = await (await ctx.client().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/opinion-maps/{id}', '/opinion-maps/{id}/results']));
  });
});
