import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePng } from '../../../test/support/images.ts';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { cameraForm, registerWorld } from '../registers/test-fixtures.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.createUser({ role: 'admin' });
});
afterAll(() => ctx.close());

function identityForm(fields: Record<string, string>, logo?: Uint8Array<ArrayBuffer>, type = 'image/png'): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('logo', logo ? new File([logo], 'logo.png', { type }) : new File([], ''));
  return form;
}

describe('the city’s name and logo', () => {
  it('shows "cocity" until an admin sets a name', async () => {
    const html = await (await ctx.client().get('/processes')).text();
    expect(html).toMatch(/<title>[^<]* · cocity<\/title>/);
  });

  it('refuses an empty name or a file that is not an image, keeping what was typed and changing nothing', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const empty = await client.postMultipart('/admin/city', identityForm({ name: '  ' }));
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('id="error-name"');
    const notImage = await client.postMultipart('/admin/city', identityForm({ name: 'Bellerive participe' }, new TextEncoder().encode('not an image') as Uint8Array<ArrayBuffer>));
    expect(notImage.status).toBe(400);
    const html = await notImage.text();
    expect(html).toContain('id="error-logo"');
    expect(html).toContain('value="Bellerive participe"');
    expect(await ctx.deps.db.selectFrom('city_identity').selectAll().execute()).toEqual([]);
  });

  it('puts the name and logo set by an admin in the header, the titles, the default legal texts, the emails and the printed signs', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const saved = await client.postMultipart('/admin/city', identityForm({ name: 'Bellerive participe' }, await samplePng(200, 80)));
    expect(saved.status).toBe(303);
    const row = await ctx.deps.db.selectFrom('city_identity').selectAll().executeTakeFirstOrThrow();
    expect(row.name).toBe('Bellerive participe');
    expect(row.logo_upload_id).not.toBeNull();

    const page = await (await ctx.client().get('/processes')).text();
    expect(page).toMatch(/<title>[^<]* · Bellerive participe<\/title>/);
    expect(page).toContain(`<img class="brand-logo" src="/uploads/${row.logo_upload_id}/small" alt=""/>Bellerive participe`);
    expect((await ctx.client().get(`/uploads/${row.logo_upload_id}/small`)).status).toBe(200);
    expect(await (await ctx.client().get('/legal/notice')).text()).toContain('Cette plateforme est éditée par Bellerive participe.');

    await ctx.client().post('/account/forgot-password', { email: admin.email });
    const mail = await ctx.deps.db.selectFrom('outbox').select(['subject', 'text_body']).where('to_address', '=', admin.email).executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Bellerive participe\u202F: réinitialiser votre mot de passe');
    expect(mail.text_body).not.toContain('cocity');

    const world = await registerWorld(ctx);
    const filed = await (await ctx.client().signInAs(ctx, world.editor)).post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port'));
    const sign = await (await ctx.client().get(`${filed.headers.get('location')}/sign`)).text();
    expect(sign).toContain(`<p class="sign-city"><img class="sign-logo" src="/uploads/${row.logo_upload_id}/small" alt=""/>Bellerive participe</p>`);

    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'city.identity').execute();
    expect(audit).toHaveLength(1);
  });

  it('removes the logo when asked, keeping the name', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    expect((await client.postMultipart('/admin/city', identityForm({ name: 'Bellerive', removeLogo: 'on' }))).status).toBe(303);
    const row = await ctx.deps.db.selectFrom('city_identity').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: 'Bellerive', logo_upload_id: null });
    expect(await (await ctx.client().get('/')).text()).not.toContain('brand-logo');
  });

  it('keeps the page to city admins', async () => {
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.get('/admin/city')).status).toBe(403);
    expect((await resident.postMultipart('/admin/city', identityForm({ name: 'Hijack' }))).status).toBe(403);
  });
});
