import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { answersAll, assess, insertInitiative } from './test-fixtures.ts';

let ctx: TestContext;
let admin: TestClient;
const countRows = async (table: 'compass_assessment' | 'compass_initiative') => Number((await ctx.deps.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

async function organisationRunBy(kind: string, userId: string, role = 'owner'): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await ctx.deps.db.insertInto('organisation').values({ id, slug: `org-${id.slice(0, 8)}`, name: `Org ${kind} ${id.slice(0, 4)}`, kind, description: '', website: null, neighbourhood_id: null, verified: 1, created_by: userId, created_at: now }).execute();
  await ctx.deps.db.insertInto('organisation_member').values({ organisation_id: id, user_id: userId, role, listed: 1, created_at: now }).execute();
  return id;
}

const form = (overrides: Record<string, string | string[]> = {}) => ({ title_fr: 'Jardins partagés', title_en: 'Shared gardens', description_fr: 'Des parcelles.', description_en: 'Plots.', scope: 'city', budget: '120000', starts_on: '2027-03-01', ends_on: '2027-10-31', status: 'planned', dimensions: ['environment', 'living'], ...overrides });
const answerForm = (n: number, extra: Record<string, string> = {}) => ({ ...Object.fromEntries(Object.entries(answersAll(n)).map(([k, v]) => [k, String(v)])), ...extra });

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

describe('the portfolio', () => {
  it('lets an association’s owner propose; the proposal stays hidden until an admin publishes it', async () => {
    const owner = await ctx.createUser();
    const orgId = await organisationRunBy('association', owner.id);
    const client = await ctx.client().signInAs(ctx, owner);
    const res = await client.post('/compass/initiatives/new', form({ actor: orgId }));
    expect(res.status).toBe(303);
    const url = res.headers.get('location')!;
    expect(url).toBe('/compass/initiatives/jardins-partages');
    expect(await (await client.get(url)).text()).toContain('Proposition non publiée');
    expect((await ctx.client().get(url)).status).toBe(404);
    expect((await admin.post(`${url}/publish`, { on: '1' })).status).toBe(303);
    const page = await (await ctx.client().get(`${url}?lang=en`)).text();
    expect(page).toContain('Shared gardens');
    expect(page).toContain('<a href="/city-profile/compare?dimension=environment">Environment</a>, <a href="/city-profile/compare?dimension=living">Living</a>');
    expect(page).toContain('€120,000');
  });

  it('refuses a resident who runs no organisation, and bad input beside the fields with the values kept', async () => {
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get('/compass/initiatives/new')).status).toBe(403);
    expect((await resident.post('/compass/initiatives/new', form())).status).toBe(403);
    const before = await countRows('compass_initiative');
    const res = await admin.post('/compass/initiatives/new', form({ title_fr: 'Vélos', budget: 'beaucoup', scope: 'neighbourhoods', ends_on: '2027-01-01' }));
    expect(res.status).toBe(400);
    const page = await res.text();
    expect(page).toContain('Un nombre entier d’euros, par exemple 120000.');
    expect(page).toContain('Choisissez au moins un quartier');
    expect(page).toContain('La fin ne peut pas précéder le début.');
    expect(page).toContain('value="Vélos"');
    expect(await countRows('compass_initiative')).toBe(before);
  });

  it('refuses an organisation the person only belongs to as a member', async () => {
    const member = await ctx.createUser();
    const orgId = await organisationRunBy('business', member.id, 'member');
    const client = await ctx.client().signInAs(ctx, member);
    expect((await client.post('/compass/initiatives/new', form({ actor: orgId }))).status).toBe(403);
  });
});

describe('assessments', () => {
  it('records one assessment per person, replaces it on change and keeps the earlier version', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Parking intelligent' });
    const person = await ctx.client().signInAs(ctx, await ctx.createUser());
    const url = `/compass/initiatives/${initiative.slug}/assess`;
    expect((await person.post(url, answerForm(2))).status).toBe(303);
    expect((await person.post(url, answerForm(4))).status).toBe(303);
    const rows = await ctx.deps.db.selectFrom('compass_assessment').selectAll().where('initiative_id', '=', initiative.id).orderBy('created_at').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0].superseded_at).not.toBeNull();
    expect(rows[1].superseded_at).toBeNull();
    expect(rows[1].stakeholder_group).toBe('residents');
    expect(await (await person.get(url)).text()).toContain('Vous avez déjà évalué cette initiative');
  });

  it('refuses a missing answer beside its question and writes nothing', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Compteur wifi' });
    const person = await ctx.client().signInAs(ctx, await ctx.createUser());
    const { data: _, ...incomplete } = answerForm(3);
    const res = await person.post(`/compass/initiatives/${initiative.slug}/assess`, incomplete);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choisissez une réponse de 1 à 5.');
    expect(await ctx.deps.db.selectFrom('compass_assessment').select('id').where('initiative_id', '=', initiative.id).execute()).toEqual([]);
  });

  it('files an organisation’s assessment under its group, once per organisation', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Atelier vélo' });
    const owner = await ctx.createUser();
    const orgId = await organisationRunBy('business', owner.id);
    const client = await ctx.client().signInAs(ctx, owner);
    expect((await client.post(`/compass/initiatives/${initiative.slug}/assess`, answerForm(5, { actor: orgId }))).status).toBe(303);
    expect((await client.post(`/compass/initiatives/${initiative.slug}/assess`, answerForm(4, { actor: 'self' }))).status).toBe(303);
    const current = await ctx.deps.db.selectFrom('compass_assessment').select(['stakeholder_group', 'assessor_key']).where('initiative_id', '=', initiative.id).where('superseded_at', 'is', null).orderBy('stakeholder_group').execute();
    expect(current).toEqual([{ stakeholder_group: 'businesses', assessor_key: `org:${orgId}` }, { stakeholder_group: 'residents', assessor_key: `user:${owner.id}` }]);
  });

  it('refuses assessments once closed', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Éclairage', assessment_open: 0 });
    const person = await ctx.client().signInAs(ctx, await ctx.createUser());
    const res = await person.post(`/compass/initiatives/${initiative.slug}/assess`, answerForm(3));
    expect(res.status).toBe(409);
    expect(await res.text()).toContain('L’évaluation de cette initiative n’est pas ouverte.');
  });
});

describe('the compass', () => {
  it('shows a group’s point only from 5 assessments, with coordinates adding up to exactly 1 in the API', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Capteurs air', budget: 300_000 });
    await assess(ctx, initiative, 'city', 5, answersAll(1));
    await assess(ctx, initiative, 'associations', 4, answersAll(5));
    await assess(ctx, initiative, 'residents', 6, answersAll(3));
    const body = await (await ctx.client().get('/api/v1/compass')).json();
    const mine = body.initiatives.find((i: { id: string }) => i.id === initiative.id);
    expect(mine.title).toEqual({ fr: 'Capteurs air', en: 'Capteurs air' });
    const city = mine.positions.find((p: { group: string }) => p.group === 'city');
    // 0.9 and 0.1 on the 1/4096 grid: 3686/4096 and 410/4096.
    expect(city).toMatchObject({ digitalBusiness: 3686 / 4096, ecoCity: 410 / 4096, ethicHuman: 0, assessments: 5 });
    const associations = mine.positions.find((p: { group: string }) => p.group === 'associations');
    expect(associations).toMatchObject({ digitalBusiness: null, ecoCity: null, ethicHuman: null, assessments: { fewerThan: 5 } });
    for (const i of body.initiatives) for (const p of i.positions) if (p.digitalBusiness !== null) expect(p.digitalBusiness + p.ecoCity + p.ethicHuman).toBe(1);
    expect(mine.gaps.cityAssociations).toBeNull();
    // City at (x, y) = (0.05, 0.0866), residents at (0.45, 0.1732): √(0.4² + 0.0866²) = √0.1675.
    expect(mine.gaps.cityResidents).toBeCloseTo(Math.sqrt(0.1675), 10);
    const page = await (await ctx.client().get(`/compass/initiatives/${initiative.slug}`)).text();
    expect(page).toContain('non affiché (moins de 5 évaluations)');
    expect(page).toContain('moins de 5');
  });

  it('weighs the portfolio by budget, lists the most contested initiative first and filters by group', async () => {
    const contested = await insertInitiative(ctx, { title_fr: 'Vidéo algorithmique', budget: 900_000 });
    await assess(ctx, contested, 'city', 5, answersAll(1));
    await assess(ctx, contested, 'associations', 5, answersAll(5));
    const page = await (await ctx.client().get('/compass')).text();
    expect(page).toContain('<svg class="compass-chart"');
    expect(page).toMatch(/<ol id="contested"><li><a href="\/compass\/initiatives\/vid[^"]*">Vidéo algorithmique<\/a>/);
    const api = await (await ctx.client().get('/api/v1/compass')).json();
    const cityPortfolio = api.portfolio.positions.find((p: { group: string }) => p.group === 'city');
    // Two initiatives with a city point, both answered "1 everywhere": the weighted mean stays at (0.9, 0.1, 0).
    expect(cityPortfolio).toMatchObject({ initiatives: 2, budget: 1_200_000 });
    expect(cityPortfolio.digitalBusiness).toBeCloseTo(0.9, 3);
    const onlyCity = await (await ctx.client().get('/compass?group=city')).text();
    expect(onlyCity).not.toContain('data-group="associations"');
    const bad = await ctx.client().get('/compass?from=2030-01-01&to=2020-01-01');
    expect(bad.status).toBe(400);
    const said = await bad.text();
    expect(said).toContain('Filtres non valides');
    expect(said).toContain('Dates\u202f: donnez les deux');
    expect(said).not.toContain('Page\u202f:');
  });

  it('shows the portfolio as it was at an earlier date, hiding a change that rests on 1 to 4 assessments', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Budget participatif', budget: 1_000_000 });
    await assess(ctx, initiative, 'businesses', 5, answersAll(1), new Date('2026-01-10T10:00:00Z'));
    await assess(ctx, initiative, 'businesses', 5, answersAll(5), new Date('2026-03-10T10:00:00Z'));
    const page = await (await ctx.client().get('/compass?from=2026-02-01&to=2026-04-01&lang=en')).text();
    const row = page.match(/<table[^>]*id="portfolio-change">[\s\S]*?<\/table>/)![0];
    expect(row).toMatch(/Local businesses<\/th><td>Digital Business 90\s?%, Eco City 10\s?%, Ethic &amp; Human 0\s?%<\/td><td>Digital Business 45\s?%, Eco City 20\s?%, Ethic &amp; Human 35\s?%<\/td>/);
    await assess(ctx, initiative, 'businesses', 1, answersAll(3), new Date('2026-05-10T10:00:00Z'));
    const guarded = await (await ctx.client().get('/compass?from=2026-04-01&to=2026-06-01&lang=en')).text();
    expect(guarded.match(/id="portfolio-change">[\s\S]*?<\/table>/)![0]).toMatch(/Local businesses<\/th><td>Digital Business 45\s?%[^<]*<\/td><td>not shown/);
  });

  it('marks a French-only title on the English compass: in the table with its lang, in the chart with "(in French)"', async () => {
    const initiative = await insertInitiative(ctx, { title_fr: 'Jardins de pluie', title_en: '', budget: 200_000 });
    await assess(ctx, initiative, 'city', 5, answersAll(4));
    const english = await (await ctx.client().get('/compass?lang=en')).text();
    expect(english).toContain(`<a href="/compass/initiatives/${initiative.slug}"><span lang="fr">Jardins de pluie</span> <span class="other-language">(in French)</span></a>`);
    expect(english).toMatch(/Jardins de pluie \(in French\) — City/);
    const french = await (await ctx.client().get('/compass?lang=fr')).text();
    expect(french).toContain(`<a href="/compass/initiatives/${initiative.slug}">Jardins de pluie</a>`);
  });
});
