import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestUser } from '../../../test/support/app.ts';

let ctx: TestContext;
let admin: TestUser;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.createUser({ role: 'admin' });
});
afterAll(() => ctx.close());

describe('legal pages', () => {
  it('links the four pages from the footer of every page, the accessibility link stating the compliance', async () => {
    for (const path of ['/', '/processes', '/account/sign-in', '/legal/terms', '/no-such-page']) {
      const html = await (await ctx.client().get(path)).text();
      const footer = html.slice(html.indexOf('<footer'));
      for (const page of ['notice', 'privacy', 'terms', 'accessibility']) expect(footer).toContain(`href="/legal/${page}"`);
      expect(footer).toContain('Accessibilité\u202F: partiellement conforme');
    }
  });

  it('shows each page with its default text in French and English until an admin writes one', async () => {
    const notice = await ctx.client().get('/legal/notice');
    expect(notice.status).toBe(200);
    const fr = await notice.text();
    expect(fr).toContain('<h1>Mentions légales</h1>');
    expect(fr).toContain('Texte par défaut de la plateforme');
    const en = await (await ctx.client().get('/legal/accessibility?lang=en')).text();
    expect(en).toContain('<h1>Accessibility statement</h1>');
    expect(en).toContain('WCAG 2.1 level AA');
    expect(en).toContain('Serious or critical violations found: 0');
    const privacy = await (await ctx.client().get('/legal/privacy?lang=en')).text();
    expect(privacy).toContain('<h3>Your sign-ins</h3>');
    expect((await ctx.client().get('/legal/terms')).status).toBe(200);
    expect((await ctx.client().get('/legal/cookies')).status).toBe(404);
  });

  it('lets a city admin edit a page in both languages; the public page then shows it and the edit is audited', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const form = await (await client.get('/admin/legal/notice')).text();
    expect(form).toContain('## Éditeur');
    const saved = await client.post('/admin/legal/notice', { body_fr: '## Éditeur\n\nMairie de Bellerive, 1 place de la Mairie.', body_en: '## Publisher\n\nBellerive town hall.' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/legal/notice');
    const fr = await (await ctx.client().get('/legal/notice')).text();
    expect(fr).toContain('<h2>Éditeur</h2>');
    expect(fr).toContain('Mairie de Bellerive, 1 place de la Mairie.');
    expect(fr).not.toContain('Texte par défaut');
    expect(await (await ctx.client().get('/legal/notice?lang=en')).text()).toContain('Bellerive town hall.');
    const audit = await ctx.deps.db.selectFrom('audit_log').select(['action', 'target_id']).where('actor_user_id', '=', admin.id).execute();
    expect(audit).toContainEqual({ action: 'legal.edit', target_id: 'notice' });
  });

  it('re-renders the form with the error beside the empty field and the other text kept', async () => {
    const client = await ctx.client().signInAs(ctx, admin);
    const res = await client.post('/admin/legal/privacy', { body_fr: 'Texte gardé', body_en: '   ' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="error-body_en"');
    expect(html).toContain('Texte gardé');
    expect(await ctx.deps.db.selectFrom('legal_page').select('page').where('page', '=', 'privacy').executeTakeFirst()).toBeUndefined();
  });

  it('keeps the editor to city admins', async () => {
    const resident = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, resident);
    expect((await client.get('/admin/legal')).status).toBe(403);
    expect((await client.post('/admin/legal/terms', { body_fr: 'x', body_en: 'y' })).status).toBe(403);
    expect((await ctx.client().get('/admin/legal/terms')).status).toBe(401);
  });
});
