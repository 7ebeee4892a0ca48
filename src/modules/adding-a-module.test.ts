import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../test/support/app.ts';
import { linksModule } from '../../test/fixtures/links-module/index.ts';
import { modules } from './index.ts';

// The walk-through of docs/adding-a-module.md, for real: the links module is a folder (test/fixtures/links-module)
// and one entry in the module list; nothing else in the app knows it.
let ctx: TestContext;
let admin: TestClient;
let resident: TestUser;
let processId: string;
let slug: string;
let phaseId: string;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext({}, { modules: [...modules, linksModule] });
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  resident = await ctx.createUser();
  processId = randomUUID();
  slug = `liens-${processId.slice(0, 8)}`;
  phaseId = randomUUID();
  const now = new Date().toISOString();
  await ctx.deps.db
    .insertInto('process')
    .values({ id: processId, slug, title_fr: 'Ressources', title_en: 'Resources', summary_fr: '', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  await ctx.deps.db.insertInto('phase').values({ id: phaseId, process_id: processId, position: 0, name_fr: 'Contributions', name_en: 'Contributions', description_fr: '', description_en: '', starts_on: day(-1), ends_on: day(10) }).execute();
});
afterAll(() => ctx.close());

describe('a module added with one entry in the list (the links fixture)', () => {
  let componentId: string;

  it('offers its component type to admins, with its settings form and its strings in both languages', async () => {
    const form = await (await admin.get(`/admin/processes/${processId}`)).text();
    expect(form).toContain('value="links"');
    expect(form).toContain('Liens utiles');
    const added = await admin.post(`/admin/processes/${processId}/components`, { type: 'links', name_fr: 'Liens', name_en: 'Links' });
    expect(added.status).toBe(303);
    componentId = added.headers.get('location')!.split('/').pop()!;
    const edit = await (await admin.get(`/admin/processes/${processId}/components/${componentId}?lang=en`)).text();
    expect(edit).toContain('Show each link’s address');
    expect(edit).toContain('Residents’ suggestions open');
    const saved = await admin.post(`/admin/processes/${processId}/components/${componentId}`, { name_fr: 'Liens', name_en: 'Links', 'global.showAddresses': 'on', [`phase.${phaseId}.suggestionsEnabled`]: 'on' });
    expect(saved.status).toBe(303);
  });

  it('serves its routes and its API: a resident suggests a link, a bad one is refused with the values kept', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    const page = `/processes/${slug}/c/${componentId}`;
    expect(await (await client.get(page)).text()).toContain('Suggérer un lien');
    const refused = await client.post(`/links/${componentId}`, { title: 'Horaires de la mairie', url: 'javascript:alert(1)' });
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('value="Horaires de la mairie"');
    expect(refusedPage).toContain('aria-invalid="true"');
    const ok = await client.post(`/links/${componentId}`, { title: 'Horaires de la mairie', url: 'https://bellerive.example/horaires' });
    expect(ok.status).toBe(303);
    expect(await (await ctx.client().get(page)).text()).toContain('href="https://bellerive.example/horaires"');
    const api = await (await ctx.client().get(`/api/v1/links/${componentId}`)).json();
    expect(api).toEqual({ links: [{ title: 'Horaires de la mairie', url: 'https://bellerive.example/horaires' }] });
    const doc = await (await ctx.client().get('/api/v1/openapi.json')).json();
    expect(Object.keys(doc.paths)).toContain('/links/{componentId}');
  });

  it('declares what residents contributed, so a component holding a suggestion is never removed', async () => {
    const removal = await admin.post(`/admin/processes/${processId}/components/${componentId}/delete`, { confirmed: 'yes' });
    expect(removal.status).toBe(409);
    expect(await removal.text()).toContain('1 link in the list');
    expect(await ctx.deps.db.selectFrom('component').select('id').where('id', '=', componentId).executeTakeFirst()).toBeDefined();
  });

  it('adds its section to "download my data"', async () => {
    const client = await ctx.client().signInAs(ctx, resident);
    const data = await (await client.get('/account/export')).json();
    expect(data.links.map((l: { title: string }) => l.title)).toEqual(['Horaires de la mairie']);
  });

  it('leaves the app without it untouched: no route, no type, no table', async () => {
    const plain = await createTestContext();
    try {
      expect((await plain.client().post(`/links/${componentId}`, { title: 'x', url: 'https://x.example' })).status).toBe(404);
      expect(plain.deps.modules.components.has('links')).toBe(false);
      const tables = await plain.deps.db.introspection.getTables();
      expect(tables.map((t) => t.name)).not.toContain('link');
    } finally {
      await plain.close();
    }
  });
});
