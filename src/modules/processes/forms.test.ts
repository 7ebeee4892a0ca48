import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { samplePng } from '../../../test/support/images.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

// Only the size matters here: files over the limit are refused before anything reads them.
const oversized = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};

function form(fields: Record<string, string>, hero?: { bytes: Uint8Array<ArrayBuffer>; type: string; name: string }): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  if (hero) data.append('hero', new File([new Uint8Array(hero.bytes)], hero.name, { type: hero.type }));
  return data;
}

const valid = (slug: string) => ({ slug, title_fr: 'Parc des Rives', summary_fr: 'Imaginer le parc ensemble.', scope: 'city' });
const count = async () => Number((await ctx.deps.db.selectFrom('process').select((e) => e.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('process form', () => {
  it('re-renders with an error beside each bad field and the typed values kept, and saves nothing', async () => {
    const before = await count();
    const res = await admin.postMultipart('/admin/processes', form({ slug: 'Pas Valide!', title_fr: '', summary_fr: 'Mon résumé gardé', scope: 'city' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="error-slug"');
    expect(html).toContain('Utilisez des lettres minuscules sans accent');
    expect(html).toContain('id="error-title_fr"');
    expect(html).toContain('value="Pas Valide!"');
    expect(html).toContain('Mon résumé gardé');
    expect(await count()).toBe(before);
  });

  it('refuses a slug already used, beside the slug field', async () => {
    expect((await admin.postMultipart('/admin/processes', form(valid('parc')))).status).toBe(303);
    const res = await admin.postMultipart('/admin/processes', form(valid('parc')));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Une autre démarche utilise déjà cette adresse.');
  });

  it('refuses a file that is not an image, whatever its declared type, beside the image field', async () => {
    const res = await admin.postMultipart('/admin/processes', form({ ...valid('fake-image'), hero_alt_fr: 'Un parc' }, { bytes: new TextEncoder().encode('<svg onload="x"/>'), type: 'image/png', name: 'a.png' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<p class="field-error" id="error-hero">Ce fichier n’est pas une image PNG, JPEG ou WebP.<\/p>/);
    expect(html).toContain('value="fake-image"');
  });

  it('refuses an image over 2 MB beside the image field', async () => {
    const res = await admin.postMultipart('/admin/processes', form({ ...valid('huge'), hero_alt_fr: 'Un parc' }, { bytes: oversized(2 * 1024 * 1024 + 1), type: 'image/png', name: 'big.png' }));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('L’image dépasse 2 Mo.');
  });

  it('requires alt text with an image, then stores it under a random name and serves it with its type and nosniff', async () => {
    const png = await samplePng(64, 48);
    const noAlt = await admin.postMultipart('/admin/processes', form(valid('with-image'), { bytes: png, type: 'image/png', name: '../../etc/passwd.png' }));
    expect(noAlt.status).toBe(400);
    expect(await noAlt.text()).toContain('id="error-hero_alt_fr"');

    const res = await admin.postMultipart('/admin/processes', form({ ...valid('with-image'), hero_alt_fr: 'Vue du parc' }, { bytes: png, type: 'text/html', name: '../../etc/passwd.png' }));
    expect(res.status).toBe(303);
    const process = await ctx.deps.db.selectFrom('process').selectAll().where('slug', '=', 'with-image').executeTakeFirstOrThrow();
    const upload = await ctx.deps.db.selectFrom('upload').selectAll().where('id', '=', process.hero_upload_id!).executeTakeFirstOrThrow();
    expect(upload.file_name).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(upload.mime).toBe('image/png');
    const served = await ctx.client().get(`/uploads/${upload.id}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    // What is served is the server's own re-encoding of the pixels, in the same format and size.
    expect(await sharp(new Uint8Array(await served.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 64, height: 48 });
    expect((await ctx.client().get('/uploads/unknown')).status).toBe(404);

    await admin.post(`/admin/processes/${process.id}/publish`);
    const page = await (await ctx.client().get('/processes/with-image')).text();
    // Phones get the phone-sized rendition, wider screens the full one.
    expect(page).toContain(`<picture><source media="(max-width: 40rem)" srcset="/uploads/${upload.id}/small"/><img class="hero" src="/uploads/${upload.id}" alt="Vue du parc"/></picture>`);
  });

  it('refuses a phase that ends before it starts, keeping the values', async () => {
    const p = await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', 'parc').executeTakeFirstOrThrow();
    const res = await admin.post(`/admin/processes/${p.id}/phases`, { name_fr: 'Concertation', starts_on: '2026-06-10', ends_on: '2026-06-01' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('La fin ne peut pas précéder le début.');
    expect(html).toContain('value="Concertation"');
    expect(html).toContain('value="2026-06-10"');
  });

  it('refuses an unknown component type and a bad page body, beside the fields', async () => {
    const p = await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', 'parc').executeTakeFirstOrThrow();
    const unknown = await admin.post(`/admin/processes/${p.id}/components`, { type: 'teleporter', name_fr: 'X' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('id="error-type"');
    const added = await admin.post(`/admin/processes/${p.id}/components`, { type: 'page', name_fr: 'Infos' });
    const path = added.headers.get('location')!;
    const bad = await admin.post(path, { name_fr: 'Infos renommée', body_fr: '' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('id="error-body_fr"');
    expect(html).toContain('value="Infos renommée"');
  });

  it('edits a process and moves phases with the up and down buttons', async () => {
    const p = await ctx.deps.db.selectFrom('process').selectAll().where('slug', '=', 'parc').executeTakeFirstOrThrow();
    const edit = await admin.postMultipart(`/admin/processes/${p.id}/edit`, form({ ...valid('parc-des-rives'), title_en: 'Rives park' }));
    expect(edit.status).toBe(303);
    for (const name_fr of ['Un', 'Deux']) await admin.post(`/admin/processes/${p.id}/phases`, { name_fr, starts_on: '2026-01-01', ends_on: '2026-01-02' });
    const phases = await ctx.deps.db.selectFrom('phase').select(['id', 'name_fr']).where('process_id', '=', p.id).orderBy('position').execute();
    expect((await admin.post(`/admin/processes/${p.id}/phases/${phases[1].id}/move`, { direction: 'up' })).status).toBe(303);
    const page = await (await admin.get(`/admin/processes/${p.id}`)).text();
    expect(page.indexOf('Deux')).toBeLessThan(page.indexOf('Un'));
    const updated = await ctx.deps.db.selectFrom('process').select(['slug', 'title_en']).where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(updated).toEqual({ slug: 'parc-des-rives', title_en: 'Rives park' });
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('action', 'in', ['process.update', 'phase.move']).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['phase.move', 'process.update']);
  });
});
