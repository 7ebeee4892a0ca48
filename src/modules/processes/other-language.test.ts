import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';

let ctx: TestContext;
let admin: TestClient;
const processId = randomUUID();
const componentId = randomUUID();
const uploadId = randomUUID();

// One of each kind of marking, on the pages of a process written in one language only: the page title, a
// sentence naming a value, an image's alt text and the "(in French)"/"(en anglais)" note (select options: organisation-routes.test.ts).
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  const now = new Date().toISOString();
  const db = ctx.deps.db;
  await db.insertInto('upload').values({ id: uploadId, mime: 'image/png', size: 1, file_name: `${uploadId}.png`, created_by: null, created_at: now, width: null, height: null, small_file_name: null, small_width: null, small_height: null }).execute();
  // French title and image description only; an English summary only.
  await db
    .insertInto('process')
    .values({ id: processId, slug: 'les-quais', title_fr: 'Les quais', title_en: '', summary_fr: '', summary_en: 'Riverside walks for everyone.', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: uploadId, hero_alt_fr: 'Les quais au soleil', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  await db.insertInto('component').values({ id: componentId, process_id: processId, type: 'proposals', name_fr: 'Idées pour les quais', name_en: '', position: 1, settings: '{}', published: 1, created_at: now }).execute();
});
afterAll(() => ctx.close());

describe('one language only, read in the other', () => {
  it('says "(in French)" in the English page title and marks the heading', async () => {
    const page = await (await ctx.client().get('/processes/les-quais?lang=en')).text();
    expect(page).toContain('<title>Les quais (in French)');
    expect(page).toContain('<h1><span lang="fr">Les quais</span> <span class="other-language">(in French)</span></h1>');
  });

  it('gives a French-only image description lang="fr" on the English page, and none on the French page', async () => {
    const english = await (await ctx.client().get('/processes/les-quais?lang=en')).text();
    expect(english).toMatch(/<img class="hero" [^>]*alt="Les quais au soleil" lang="fr"/);
    const french = await (await ctx.client().get('/processes/les-quais?lang=fr')).text();
    expect(french).toMatch(/<img class="hero" [^>]*alt="Les quais au soleil"\/?>/);
  });

  it('says "(en anglais)" after an English-only summary on the French page', async () => {
    const french = await (await ctx.client().get('/processes/les-quais?lang=fr')).text();
    expect(french).toContain('<p class="lead"><span lang="en">Riverside walks for everyone.</span> <span class="other-language">(en anglais)</span></p>');
  });

  it('marks a French-only name inside a translated sentence: the title says "(in French)", the heading marks the value', async () => {
    const page = await (await admin.get(`/admin/processes/${processId}/components/${componentId}?lang=en`)).text();
    expect(page).toContain('<title>Component “Idées pour les quais (in French)”');
    expect(page).toContain('<h1>Component “<span lang="fr">Idées pour les quais</span> <span class="other-language">(in French)</span>”</h1>');
    await admin.get(`/admin/processes/${processId}/components/${componentId}?lang=fr`);
  });
});
