import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
});
afterAll(() => ctx.close());

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

function processForm(slug: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  const fields = { slug, title_fr: `Budget participatif ${slug}`, title_en: `Participatory budget ${slug}`, summary_fr: 'Proposez et votez des projets.', summary_en: 'Propose and vote for projects.', scope: 'city', ...extra };
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** Creates a process through the admin pages and returns its admin id. */
async function createThroughAdmin(slug: string): Promise<string> {
  const res = await admin.postMultipart('/admin/processes', processForm(slug));
  expect(res.status).toBe(303);
  return res.headers.get('location')!.split('/').pop()!;
}

describe('admin sets up a process end to end', () => {
  it('creates a process with three phases and a page component, publishes it, and visitors see it in French and English', async () => {
    const id = await createThroughAdmin('budget-2026');
    const phases = [
      ['Propositions', 'Proposals', isoDay(-30), isoDay(-1)],
      ['Vote', 'Vote', isoDay(0), isoDay(10)],
      ['Résultats', 'Results', isoDay(11), isoDay(40)],
    ];
    for (const [name_fr, name_en, starts_on, ends_on] of phases) {
      const res = await admin.post(`/admin/processes/${id}/phases`, { name_fr, name_en, starts_on, ends_on, description_fr: '', description_en: '' });
      expect(res.status).toBe(303);
    }
    const added = await admin.post(`/admin/processes/${id}/components`, { type: 'page', name_fr: 'Règlement', name_en: 'Rules' });
    expect(added.status).toBe(303);
    const componentPath = added.headers.get('location')!;
    const componentId = componentPath.split('/').pop()!;
    const editPage = await (await admin.get(componentPath)).text();
    expect(editPage).toContain('name="global.showPhases"');
    expect(editPage).toContain('type="checkbox"');
    expect(editPage.match(/name="phase\.[^"]+\.notice"/g)).toHaveLength(3);

    const phaseRows = await ctx.deps.db.selectFrom('phase').select(['id', 'name_fr']).where('process_id', '=', id).execute();
    const voteId = phaseRows.find((p) => p.name_fr === 'Vote')!.id;
    const saved = await admin.post(componentPath, {
      name_fr: 'Règlement',
      name_en: 'Rules',
      body_fr: 'Le **règlement** du <b>vote</b>.\n\n- un\n- deux',
      body_en: 'The **rules**.',
      'global.showPhases': 'on',
      [`phase.${voteId}.notice`]: 'Le vote ferme bientôt',
    });
    expect(saved.status).toBe(303);

    const visitor = ctx.client();
    expect((await visitor.get('/processes/budget-2026')).status).toBe(404);
    expect((await admin.post(`/admin/processes/${id}/publish`)).status).toBe(303);

    const home = await (await visitor.get('/')).text();
    expect(home).toContain('Budget participatif budget-2026');
    expect(home).toContain('Phase en cours\u202F:');
    expect(home).toContain('<strong>Vote</strong>');
    const homeEn = await (await visitor.get('/?lang=en')).text();
    expect(homeEn).toContain('Participatory budget budget-2026');
    expect(homeEn).toContain('Current phase:');

    const page = await (await ctx.client().get('/processes/budget-2026')).text();
    expect(page).toMatch(/<li class="current" aria-current="step"><strong>Vote<\/strong> <span class="badge">phase en cours<\/span>/);
    expect(page).toContain(`href="/processes/budget-2026/c/${componentId}"`);

    const component = await (await ctx.client().get(`/processes/budget-2026/c/${componentId}`)).text();
    expect(component).toContain('<strong>règlement</strong> du &lt;b&gt;vote&lt;/b&gt;.');
    expect(component).toContain('<ul><li>un</li><li>deux</li></ul>');
    expect(component).toContain('Le vote ferme bientôt');
    expect(component).toContain('Calendrier de la démarche');
    const componentEn = await (await ctx.client().get(`/processes/budget-2026/c/${componentId}?lang=en`)).text();
    expect(componentEn).toContain('The <strong>rules</strong>.');
  });

  it('shows drafts and their components only to admins: 404 for visitors and residents', async () => {
    const id = await createThroughAdmin('secret-draft');
    const added = await admin.post(`/admin/processes/${id}/components`, { type: 'page', name_fr: 'Info', name_en: '' });
    const componentId = added.headers.get('location')!.split('/').pop()!;
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    for (const client of [ctx.client(), resident]) {
      expect((await client.get('/processes/secret-draft')).status).toBe(404);
      expect((await client.get(`/processes/secret-draft/c/${componentId}`)).status).toBe(404);
      expect(await (await client.get('/processes')).text()).not.toContain('secret-draft');
    }
    const seen = await admin.get('/processes/secret-draft');
    expect(seen.status).toBe(200);
    expect(await seen.text()).toContain('Brouillon');
    expect((await admin.get(`/processes/secret-draft/c/${componentId}`)).status).toBe(200);
  });

  it('answers 403 to a resident posting to admin routes, and changes nothing', async () => {
    const id = await createThroughAdmin('guarded');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    const before = await ctx.deps.db.selectFrom('process').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const attempts: [string, Record<string, string>][] = [
      [`/admin/processes/${id}/publish`, {}],
      [`/admin/processes/${id}/phases`, { name_fr: 'X', starts_on: '2026-01-01', ends_on: '2026-01-02' }],
      [`/admin/processes/${id}/components`, { type: 'page', name_fr: 'X' }],
      [`/admin/processes/${id}/current-phase`, { phase_id: '' }],
    ];
    for (const [path, form] of attempts) expect((await resident.post(path, form)).status).toBe(403);
    expect((await resident.postMultipart('/admin/processes', processForm('intruder'))).status).toBe(403);
    expect((await resident.get('/admin/processes')).status).toBe(403);
    expect(await ctx.deps.db.selectFrom('process').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(before);
    expect(await ctx.deps.db.selectFrom('phase').select('id').where('process_id', '=', id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('component').select('id').where('process_id', '=', id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('process').select('id').where('slug', '=', 'intruder').execute()).toEqual([]);
  });
});
