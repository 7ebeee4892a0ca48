import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createOrganisation, createProposalsFixture, proposalIdFrom, validProposal, type ProposalsFixture } from './test-fixtures.ts';

let ctx: TestContext;
let f: ProposalsFixture;
let amina: TestUser;
let louis: TestUser;
let moderator: TestUser;
const ids: Record<string, string> = {};

async function propose(user: TestUser, form: Record<string, string>) {
  const client = await ctx.client().signInAs(ctx, user);
  return proposalIdFrom(await client.post(`${f.base}/new`, form));
}

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createProposalsFixture(ctx);
  amina = await ctx.createUser({ name: 'Amina Diallo' });
  louis = await ctx.createUser({ name: 'Louis Fontaine' });
  moderator = await ctx.createUser({ name: 'Yanis', role: 'moderator' });
  const org = await createOrganisation(ctx, louis.id, 'business');
  ids.trees = await propose(amina, { ...validProposal(f.hoods[0]), title: 'Des arbres dans les écoles du quartier' });
  ids.bikes = await propose(amina, { ...validProposal(f.hoods[1]), title: 'Une piste cyclable sur le quai', category: 'mobility', body: 'Relier la gare au vieux port par une piste cyclable séparée des voitures.' });
  ids.market = await propose(louis, { ...validProposal(), title: 'Un marché de producteurs le samedi', category: 'economy', actor: org.id, body: 'Accueillir les producteurs locaux chaque samedi matin sur la place.' });
  for (let i = 0; i < 22; i++) await propose(amina, { ...validProposal(), title: `Proposition numéro ${i} pour la ville` });
  const supporters = [louis, moderator, await ctx.createUser(), await ctx.createUser(), await ctx.createUser(), await ctx.createUser()];
  for (const s of supporters) await (await ctx.client().signInAs(ctx, s)).post(`/proposals/${ids.bikes}/support`);
  await (await ctx.client().signInAs(ctx, louis)).post('/comments', { resource_type: 'proposal', resource_id: ids.trees, body: 'Je suis contre, trop cher.', stance: 'against' });
  await (await ctx.client().signInAs(ctx, moderator)).post('/comments', { resource_type: 'proposal', resource_id: ids.trees, body: 'Très bonne idée !', stance: 'favour' });
});
afterAll(() => ctx.close());

const listOf = async (query: string) => (await ctx.client().get(`${f.base}${query}`)).text();

describe('list page', () => {
  it('counts all results and pages them by 20', async () => {
    const first = await listOf('');
    expect(first).toContain('25 propositions');
    expect(first).toContain('Page 1 sur 2');
    expect((first.match(/class="card"/g) ?? []).length).toBe(20);
    const second = await listOf('?page=2');
    expect((second.match(/class="card"/g) ?? []).length).toBe(5);
  });

  it('filters by neighbourhood, category, status and author kind', async () => {
    expect(await listOf(`?neighbourhood=${f.hoods[1]}`)).toContain('1 proposition<');
    expect(await listOf('?category=economy')).toContain('Un marché de producteurs');
    expect(await listOf('?author=business')).toContain('1 proposition<');
    expect(await listOf('?author=resident')).toContain('24 propositions');
    expect(await listOf('?status=accepted')).toContain('0 proposition<');
  });

  it('searches titles and bodies, ignoring accents and case', async () => {
    const found = await listOf('?q=ECOLES');
    expect(found).toContain('Des arbres dans les écoles');
    expect(found).toContain('1 proposition<');
    expect(await listOf('?q=producteurs%20locaux')).toContain('Un marché de producteurs');
    expect(await listOf('?q=%22%29%20OR%20*')).toMatch(/<p role="status">\d+ propositions?<\/p>/);
  });

  it('folds the filters into a <details> block, opened and counting the choices once some are made', async () => {
    const plain = await listOf('');
    expect(plain).toContain('<details class="filter-panel"><summary>Rechercher, filtrer et trier</summary><form method="get"');
    const filtered = await listOf('?category=mobility&sort=supports');
    expect(filtered).toContain('<details class="filter-panel" open=""><summary>Rechercher, filtrer et trier (2 critères choisis)</summary>');
  });

  it('sorts by supports and by comments', async () => {
    const first = (html: string) => /href="\/proposals\/([\w-]+)"/.exec(html)?.[1];
    expect(first(await listOf('?sort=supports'))).toBe(ids.bikes);
    expect(first(await listOf('?sort=comments'))).toBe(ids.trees);
    expect(first(await listOf(''))).not.toBe(ids.trees);
  });

  it('keeps a random order stable across pages with the same seed', async () => {
    const order = (html: string) => [...html.matchAll(/href="\/proposals\/([\w-]+)"/g)].map((m) => m[1]);
    const a = [...order(await listOf('?sort=random&seed=12345')), ...order(await listOf('?sort=random&seed=12345&page=2'))];
    const b = [...order(await listOf('?sort=random&seed=12345')), ...order(await listOf('?sort=random&seed=12345&page=2'))];
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(25);
    expect(await listOf('?sort=random')).toMatch(/seed=\d+/);
  });

  it('leaves hidden proposals out for residents but shows them to moderators', async () => {
    const hidden = await propose(amina, { ...validProposal(), title: 'Une proposition bientôt masquée' });
    await ctx.deps.db.updateTable('proposal').set({ hidden_at: new Date().toISOString(), hidden_reason: 'Hors sujet' }).where('id', '=', hidden).execute();
    expect(await listOf('?q=masquee')).toContain('0 proposition<');
    const asModerator = await (await ctx.client().signInAs(ctx, moderator)).get(`${f.base}?q=masquee`);
    expect(await asModerator.text()).toContain('1 proposition<');
    const comment = await (await ctx.client().signInAs(ctx, louis)).post('/comments', { resource_type: 'proposal', resource_id: hidden, body: 'Un commentaire', stance: 'neutral' });
    expect(comment.status).toBeGreaterThanOrEqual(400);
    const count = await ctx.deps.db.selectFrom('comment').select('id').where('resource_id', '=', hidden).execute();
    expect(count.length).toBe(0);
    await ctx.deps.db.deleteFrom('proposal').where('id', '=', hidden).execute();
  });

  it('shows the stance counts of the debate on the proposal page', async () => {
    const page = await (await ctx.client().get(`/proposals/${ids.trees}`)).text();
    expect(page).toContain('Je suis contre, trop cher.');
    const card = await listOf('?q=ecoles');
    expect(card).toContain('1 pour, 1 contre');
  });
});

describe('open data', () => {
  it('serves JSON pages with the same filters and no personal data of residents', async () => {
    const res = await ctx.client().get(`/api/v1/processes/${f.slug}/proposals?category=mobility`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; items: { id: string; supports: number; authorKind: string; organisation: string | null }[] };
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ id: ids.bikes, supports: 6, authorKind: 'resident', organisation: null });
    expect(JSON.stringify(body)).not.toContain('Amina');
    const all = (await (await ctx.client().get(`/api/v1/processes/${f.slug}/proposals?page=2`)).json()) as { items: unknown[]; pages: number };
    expect(all.items.length).toBe(5);
    expect(all.pages).toBe(2);
  });

  it('answers 400 with field errors for bad filters, 404 for an unknown process', async () => {
    const bad = await ctx.client().get(`/api/v1/processes/${f.slug}/proposals?category=sports&page=0`);
    expect(bad.status).toBe(400);
    const err = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(err.error.fields).sort()).toEqual(['category', 'page']);
    expect((await ctx.client().get('/api/v1/processes/nope/proposals')).status).toBe(404);
  });

  it('exports CSV with stance counts, author kind and organisation name', async () => {
    const res = await ctx.client().get(`/api/v1/processes/${f.slug}/proposals.csv`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('id,title,body,category,neighbourhood,status,answer,supports,comments_favour,comments_against,comments_neutral,author_kind,organisation,created_at');
    expect(lines.length).toBe(26);
    const trees = lines.find((l) => l.startsWith(`"${ids.trees}"`))!;
    expect(trees).toContain('"1","1","0","resident",""');
    const market = lines.find((l) => l.startsWith(`"${ids.market}"`))!;
    expect(market).toContain('"business","Association');
    expect(lines.join('\n')).not.toContain('Louis Fontaine');
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await ctx.client().get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/processes/{slug}/proposals', '/processes/{slug}/proposals.csv']));
  });
});

describe('statistics page', () => {
  it('shows counts of 5 or more and "fewer than 5" below', async () => {
    const html = await (await ctx.client().get(`${f.base}/stats`)).text();
    expect(html).toContain('<caption>Propositions et soutiens par quartier</caption>');
    // 23 whole-city proposals are shown; the 6 supports of district 2 are shown; one proposal per district is not.
    expect(html).toMatch(/Toute la ville<\/th><td>23<\/td>/);
    expect(html).toContain('moins de 5');
    expect(html).not.toMatch(/Quartier 1<\/th><td>1</);
  });
});
