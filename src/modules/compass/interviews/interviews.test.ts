import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../../test/support/app.ts';
import { parseGuide } from './guide-format.ts';
import { transcriptUnits } from './transcript-units.ts';

let ctx: TestContext;
let admin: TestClient;
const codeId = async (seedKey: string) => (await ctx.deps.db.selectFrom('compass_code').select('id').where('seed_key', '=', seedKey).executeTakeFirstOrThrow()).id;
const interviewForm = (overrides: Record<string, string> = {}) => ({ pseudonym: 'Élue 1', stakeholder_group: 'city', role: 'adjointe au numérique', interviewed_on: '2026-05-04', guide_version_id: '', consent: 'quotes', transcript: 'Q : Votre priorité ?\r\nR : L’attractivité 🚀 d’abord. Les capteurs nous aident.\r\n\r\nR : Les habitants ? On les consulte après.', ...overrides });

async function newInterview(form: Record<string, string> = {}): Promise<string> {
  const res = await admin.post('/compass/interviews/new', interviewForm(form));
  expect(res.status).toBe(303);
  return res.headers.get('location')!.split('/').pop()!;
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

describe('guides', () => {
  it('reads themes, questions and follow-ups, and names the line of a mistake', () => {
    const ok = parseGuide('# Vision | Vision\n- Qu’est-ce qu’une ville intelligente ? | What is a smart city?\n  > Un exemple ? | An example?\n');
    expect(ok).toEqual({ ok: true, themes: [{ fr: 'Vision', en: 'Vision', questions: [{ fr: 'Qu’est-ce qu’une ville intelligente ?', en: 'What is a smart city?', followUps: [{ fr: 'Un exemple ?', en: 'An example?' }] }] }] });
    expect(parseGuide('- Question sans thème\n# Thème\nTexte libre')).toEqual({ ok: false, errors: [{ line: 1, message: 'compass.guide.error.noTheme' }, { line: 3, message: 'compass.guide.error.marker' }] });
  });

  it('keeps every version of a guide', async () => {
    expect((await admin.post('/compass/guides', { title_fr: 'Guide élus', title_en: 'Councillors’ guide', body: '# Vision\n- Priorité ?' })).status).toBe(303);
    const refused = await admin.post('/compass/guides', { title_fr: 'X', title_en: 'X', body: '# Thème\n> relance seule' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Ligne 2\u202F: une relance doit suivre une question');
    const guide = await ctx.deps.db.selectFrom('compass_guide').select('id').executeTakeFirstOrThrow();
    expect((await admin.post(`/compass/guides/${guide.id}`, { body: '# Vision\n- Priorité ?\n  > Pourquoi ?' })).status).toBe(303);
    const versions = await ctx.deps.db.selectFrom('compass_guide_version').select('version').where('guide_id', '=', guide.id).orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(await (await admin.get('/compass/guides')).text()).toContain('version 2');
  });
});

describe('interviews and coding', () => {
  it('is for admins only', async () => {
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    for (const path of ['/compass/interviews', '/compass/interviews/project.qdpx', '/compass/codebook', '/compass/analysis', '/compass/guides']) expect((await resident.get(path)).status).toBe(403);
    expect((await ctx.client().get('/compass/interviews')).status).toBe(401);
  });

  it('stores the transcript with LF line ends and cuts it into sentences counted in code points', async () => {
    const id = await newInterview();
    const row = await ctx.deps.db.selectFrom('compass_interview').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.transcript).not.toContain('\r');
    const units = transcriptUnits(row.transcript);
    expect(units).toHaveLength(3);
    expect(units[1].sentences.map((s) => s.text)).toEqual(['R : L’attractivité 🚀 d’abord.', 'Les capteurs nous aident.']);
    // "R : L’attractivité 🚀 d’abord." is 29 code points (30 UTF-16 units: the rocket takes two); then a space.
    expect(units[1].sentences[0]).toMatchObject({ start: 21, end: 50 });
    expect(units[1].sentences[1].start).toBe(51);
  });

  it('codes ticked sentences (no JavaScript) and a selected range, with several codes, and shows them', async () => {
    const id = await newInterview();
    const page = await (await admin.get(`/compass/interviews/${id}`)).text();
    const units = [...page.matchAll(/name="units" value="(\d+-\d+)"/g)].map((m) => m[1]);
    const [db, ethic] = [await codeId('orientation.digitalBusiness'), await codeId('dimension.economy')];
    // Ticking the two sentences of the second paragraph makes one segment.
    expect((await admin.post(`/compass/interviews/${id}/segments`, { units: [units[3], units[4]], codes: [db, ethic] })).status).toBe(303);
    expect((await admin.post(`/compass/interviews/${id}/segments`, { selection: '78-97', codes: [await codeId('orientation.ethicHuman')] })).status).toBe(303);
    const segments = await ctx.deps.db.selectFrom('compass_segment').selectAll().where('interview_id', '=', id).orderBy('start_offset').execute();
    expect(segments.map((s) => [s.start_offset, s.end_offset])).toEqual([[21, 76], [78, 97]]);
    const shown = await (await admin.get(`/compass/interviews/${id}`)).text();
    expect(shown).toContain('<q>R : L’attractivité 🚀 d’abord. Les capteurs nous aident.</q> — Digital Business City, Économie');
    const bad = await admin.post(`/compass/interviews/${id}/segments`, { selection: '90-9999', codes: [db] });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choisissez au moins une phrase');
    const noCode = await admin.post(`/compass/interviews/${id}/segments`, { units: [units[3]] });
    expect(await noCode.text()).toContain('Choisissez au moins un code existant.');
  });

  it('counts interviews, not segments, per group; pairs codes on one passage; quotes only what consent allows', async () => {
    const before = (await (await admin.get('/compass/analysis')).text()).match(/<th scope="row">— Digital Business City<\/th><td class="number">(\d+)/)![1];
    const talkative = await newInterview({ pseudonym: 'Élu bavard' });
    const db = await codeId('orientation.digitalBusiness');
    for (const range of ['0-10', '22-40', '40-76']) await admin.post(`/compass/interviews/${talkative}/segments`, { selection: range, codes: [db] });
    const silent = await newInterview({ pseudonym: 'Asso discrète', stakeholder_group: 'associations', consent: 'analysis' });
    await admin.post(`/compass/interviews/${silent}/segments`, { selection: '22-76', codes: [db] });
    const page = await (await admin.get('/compass/analysis')).text();
    expect(page).toMatch(new RegExp(`<th scope="row">— Digital Business City</th><td class="number">${Number(before) + 1}</td><td class="number">1</td>`));
    expect(page).toContain('Digital Business City + Économie');
    expect(page).not.toContain('<blockquote class="quote"><p>R : L’attractivité 🚀 d’abord. Les capteurs nous aident.</p><footer>— Associations');
  });

  it('publishes a summary with small counts hidden and consented quotes without pseudonym', async () => {
    expect((await admin.post('/compass/analysis/publish')).status).toBe(303);
    const page = await (await ctx.client().get('/compass/findings')).text();
    expect(page).toContain('moins de 5');
    expect(page).toContain('L’attractivité 🚀 d’abord.');
    expect(page).not.toContain('Élue 1');
    const api = await (await ctx.client().get('/api/v1/compass/findings')).json();
    expect(api.findings.interviews.city).toEqual({ fewerThan: 5 });
  });

  it('deletes the transcript, segments and memos when consent is withdrawn', async () => {
    const id = await newInterview({ pseudonym: 'Retrait' });
    await admin.post(`/compass/interviews/${id}/segments`, { selection: '0-10', codes: [await codeId('dimension.living')] });
    await admin.post(`/compass/interviews/${id}/memos`, { body: 'À relire', segment_id: '' });
    expect((await admin.post(`/compass/interviews/${id}/withdraw`)).status).toBe(303);
    const row = await ctx.deps.db.selectFrom('compass_interview').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.transcript).toBe('');
    expect(row.withdrawn_at).not.toBeNull();
    expect(await ctx.deps.db.selectFrom('compass_segment').select('id').where('interview_id', '=', id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('compass_memo').select('id').where('interview_id', '=', id).execute()).toEqual([]);
    expect((await admin.get(`/compass/interviews/${id}`)).status).toBe(404);
  });

  it('exports the codings as CSV, one line per code applied', async () => {
    const res = await admin.get('/compass/interviews/codings.csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('interview,pseudonym,stakeholder_group,interviewed_on,segment,start,end,code,code_path,text');
    expect(lines.some((l) => l.includes('Orientations / Digital Business City'))).toBe(true);
    expect(lines.some((l) => l.includes('Retrait'))).toBe(false);
  });
});
