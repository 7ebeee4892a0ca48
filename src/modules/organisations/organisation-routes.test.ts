import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';

let ctx: TestContext;
let resident: TestUser;
const northId = 'nb-north';

beforeAll(async () => {
  ctx = await createTestContext();
  resident = await ctx.createUser({ name: 'Alice Martin' });
  await ctx.deps.db.insertInto('neighbourhood').values([
    { id: northId, slug: 'nord', name_fr: 'Quartier Nord', name_en: 'North District', position: 1 },
    { id: 'nb-south', slug: 'sud', name_fr: 'Quartier Sud', name_en: 'South District', position: 2 },
  ]).execute();
});
afterAll(() => ctx.close());

const countOrganisations = async () => Number((await ctx.deps.db.selectFrom('organisation').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const validForm = { name: 'Jardins Partagés', kind: 'association', description: 'Nous cultivons ensemble.', website: 'https://jardins.example.org', neighbourhoodId: northId, listed: 'on' };

describe('creating an organisation', () => {
  it('creates it with a slug from the name, the creator as listed owner, and shows it publicly', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    expect((await client.get('/organisations/new')).status).toBe(200);
    const res = await client.post('/organisations', validForm);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/organisations/jardins-partages');

    const page = await ctx.client().get('/organisations/jardins-partages');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Jardins Partagés');
    expect(html).toContain('Association');
    expect(html).toContain('Quartier Nord');
    expect(html).toContain('<a href="https://jardins.example.org" rel="nofollow noopener">');
    expect(html).toContain('<li>Alice Martin</li>');

    const again = await client.post('/organisations', validForm);
    expect(again.headers.get('location')).toBe('/organisations/jardins-partages-2');
  });

  it('refuses a missing name, a bad URL and an unknown kind with messages beside fields, keeps values, saves nothing', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    const before = await countOrganisations();
    const res = await client.post('/organisations', { name: '', kind: 'castle', description: 'Mon texte gardé', website: 'javascript:alert(1)' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="error-name"');
    expect(html).toContain('Ce champ est obligatoire.');
    expect(html).toContain('id="error-website"');
    expect(html).toContain('Adresse web non valide');
    expect(html).toContain('id="error-kind"');
    expect(html).toContain('Choix non valide.');
    expect(html).toContain('Mon texte gardé');
    expect(html).toContain('value="javascript:alert(1)"');
    expect(await countOrganisations()).toBe(before);
  });

  it('marks a description written in the other language than the page, proposes the page language, refuses an unknown one', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    expect(await (await client.get('/organisations/new?lang=en')).text()).toMatch(/<option value="en" selected/);
    expect(await (await client.get('/organisations/new?lang=fr')).text()).toMatch(/<option value="fr" selected/);
    const made = await client.post('/organisations', { ...validForm, name: 'Vélo Solidaire', description: 'Nous réparons les vélos.', descriptionLanguage: 'fr' });
    expect(made.status).toBe(303);
    const english = await (await ctx.client().get('/organisations/velo-solidaire?lang=en')).text();
    expect(english).toContain('<p class="other-language">This text exists in French only.</p><div lang="fr"><p>Nous réparons les vélos.</p></div>');
    const french = await (await ctx.client().get('/organisations/velo-solidaire')).text();
    expect(french).toContain('<p>Nous réparons les vélos.</p>');
    expect(french).not.toContain('other-language');
    // Not said: nothing is marked, in either language.
    await client.post('/organisations/velo-solidaire/edit', { ...validForm, name: 'Vélo Solidaire', description: 'Nous réparons les vélos.', descriptionLanguage: '' });
    expect(await (await ctx.client().get('/organisations/velo-solidaire?lang=en')).text()).not.toContain('lang="fr"><p>Nous');
    const before = await countOrganisations();
    const bad = await client.post('/organisations', { ...validForm, name: 'Autre Asso', descriptionLanguage: 'de' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('id="error-descriptionLanguage"');
    expect(await countOrganisations()).toBe(before);
  });

  it('refuses an unknown neighbourhood with a field message', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    const before = await countOrganisations();
    const res = await client.post('/organisations', { ...validForm, name: 'Nulle Part', neighbourhoodId: 'atlantis' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Ce quartier n’existe pas.');
    expect(await countOrganisations()).toBe(before);
  });

  it('lets neither a visitor nor a person with an unverified email create one', async () => {
    const before = await countOrganisations();
    const visitor = ctx.client();
    expect((await visitor.get('/organisations/new')).status).toBe(401);
    expect((await visitor.post('/organisations', { ...validForm, name: 'Visiteur' })).status).toBe(401);
    const unverified = await ctx.client().signInAs(ctx, await ctx.createUser({ verified: false }));
    expect((await unverified.get('/organisations/new')).status).toBe(403);
    expect((await unverified.post('/organisations', { ...validForm, name: 'Pas vérifié' })).status).toBe(403);
    expect(await countOrganisations()).toBe(before);
  });
});

describe('the public list', () => {
  it('filters by kind and neighbourhood and counts the results', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    await client.post('/organisations', { name: 'Boulangerie du Sud', kind: 'business', neighbourhoodId: 'nb-south' });
    const businesses = await (await ctx.client().get('/organisations?kind=business')).text();
    expect(businesses).toContain('Boulangerie du Sud');
    expect(businesses).not.toContain('Jardins Partagés');
    expect(businesses).toContain('1 organisation');
    const north = await (await ctx.client().get(`/organisations?neighbourhood=${northId}`)).text();
    expect(north).toContain('Jardins Partagés');
    expect(north).not.toContain('Boulangerie du Sud');
    expect((await ctx.client().get('/organisations?kind=nonsense')).status).toBe(200);
  });

  it('shows kinds in French to a visitor by default and in English on ?lang=en', async () => {
    const fr = await (await ctx.client().get('/organisations')).text();
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain('Commerce ou entreprise locale');
    expect(fr).toContain('Organisme public');
    const en = await (await ctx.client().get('/organisations?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Local business');
    expect(en).toContain('Public body');
    expect(en).toContain('North District');
  });

  it('marks a neighbourhood named only in French on the English list and page, and offers it as a lang="fr" option', async () => {
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: '' }).where('id', '=', 'nb-south').execute();
    const marked = '<span lang="fr">Quartier Sud</span> <span class="other-language">(in French)</span>';
    const en = await (await ctx.client().get('/organisations?lang=en')).text();
    expect(en).toContain(`Local business · ${marked}`);
    expect(en).toContain('Association · North District');
    expect(en).toMatch(/<option value="nb-south" lang="fr"[^>]*>Quartier Sud<\/option>/);
    const page = await (await ctx.client().get('/organisations/boulangerie-du-sud?lang=en')).text();
    expect(page).toContain(`<dd>${marked}</dd>`);
    const fr = await (await ctx.client().get('/organisations?lang=fr')).text();
    expect(fr).toContain('Commerce ou entreprise locale · Quartier Sud');
    await ctx.deps.db.updateTable('neighbourhood').set({ name_en: 'South District' }).where('id', '=', 'nb-south').execute();
  });

  it('answers 404 for an unknown organisation', async () => {
    expect((await ctx.client().get('/organisations/nobody-here')).status).toBe(404);
  });
});

describe('editing', () => {
  it('lets the owner edit and keeps the slug; refuses other residents', async () => {
    const owner = await ctx.client().signInAs(ctx, resident);
    await owner.post('/organisations', { name: 'Collectif Vélo', kind: 'collective' });
    expect((await owner.get('/organisations/collectif-velo/edit')).status).toBe(200);
    const bad = await owner.post('/organisations/collectif-velo/edit', { name: 'Collectif Vélo', kind: 'collective', website: 'ftp://velo.example.org' });
    expect(bad.status).toBe(400);
    const ok = await owner.post('/organisations/collectif-velo/edit', { name: 'Collectif Vélo Libre', kind: 'collective', website: 'http://velo.example.org' });
    expect(ok.headers.get('location')).toBe('/organisations/collectif-velo');
    expect(await (await ctx.client().get('/organisations/collectif-velo')).text()).toContain('Collectif Vélo Libre');

    const stranger = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await stranger.get('/organisations/collectif-velo/edit')).status).toBe(403);
    expect((await stranger.post('/organisations/collectif-velo/edit', { name: 'Pris', kind: 'collective' })).status).toBe(403);
  });
});

describe('verification by city admins', () => {
  it('shows the badge after an admin verifies, writes the audit log, and refuses residents', async () => {
    const resClient = await ctx.client().signInAs(ctx, resident);
    expect((await resClient.post('/organisations/jardins-partages/verify')).status).toBe(403);

    const admin = await ctx.createUser({ role: 'admin' });
    const adminClient = await ctx.client().signInAs(ctx, admin);
    expect(await (await adminClient.get('/organisations/jardins-partages')).text()).toContain('Marquer comme vérifiée');
    const res = await adminClient.post('/organisations/jardins-partages/verify');
    expect(res.status).toBe(303);
    expect(await (await ctx.client().get('/organisations/jardins-partages')).text()).toContain('<span class="badge"');
    expect(await (await ctx.client().get('/organisations')).text()).toContain('Vérifiée');

    const audit = await ctx.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'organisation.verify').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_user_id).toBe(admin.id);
    expect(audit[0].target_type).toBe('organisation');

    await adminClient.post('/organisations/jardins-partages/unverify');
    expect(await (await ctx.client().get('/organisations/jardins-partages')).text()).not.toContain('<span class="badge"');
    expect(await ctx.deps.db.selectFrom('audit_log').select('id').where('action', '=', 'organisation.unverify').execute()).toHaveLength(1);
  });
});

describe('limits', () => {
  it('stops a person creating more than 10 organisations in an hour', async () => {
    const client = await ctx.client().signInAs(ctx, await ctx.createUser());
    for (let i = 1; i <= 10; i += 1) expect((await client.post('/organisations', { name: `Série ${i}`, kind: 'collective' })).status).toBe(303);
    expect((await client.post('/organisations', { name: 'Série 11', kind: 'collective' })).status).toBe(429);
    expect(await ctx.deps.db.selectFrom('organisation').select('id').where('name', '=', 'Série 11').execute()).toEqual([]);
  });
});
