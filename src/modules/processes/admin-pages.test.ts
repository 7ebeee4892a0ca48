import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { sampleWebp } from '../../../test/support/images.ts';

let ctx: TestContext;
let admin: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  await ctx.deps.db
    .insertInto('neighbourhood')
    .values([
      { id: 'n-port', slug: 'le-port', name_fr: 'Le Port', name_en: 'The Harbour', position: 1 },
      { id: 'n-gare', slug: 'la-gare', name_fr: 'La Gare', name_en: 'Station', position: 2 },
    ])
    .execute();
});
afterAll(() => ctx.close());

function form(fields: Record<string, string | string[]>, hero?: Uint8Array<ArrayBuffer>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  if (hero) data.append('hero', new File([hero], 'photo.webp', { type: 'image/webp' }));
  return data;
}

const base = { title_fr: 'Quais vivants', summary_fr: 'Réinventer les quais.' };
const idOf = (res: Response) => res.headers.get('location')!.split('/').pop()!;
const actions = async (targetId: string) =>
  (await ctx.deps.db.selectFrom('audit_log').select('action').where('target_id', '=', targetId).execute()).map((a) => a.action).sort();

describe('admin pages of a process', () => {
  it('scopes a process to neighbourhoods, shown on its page and in the API', async () => {
    const missing = await admin.postMultipart('/admin/processes', form({ ...base, slug: 'quais', scope: 'neighbourhoods' }));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Choisissez au moins un quartier.');

    const res = await admin.postMultipart('/admin/processes', form({ ...base, slug: 'quais', scope: 'neighbourhoods', neighbourhoods: ['n-port', 'n-gare'] }));
    expect(res.status).toBe(303);
    await admin.post(`/admin/processes/${idOf(res)}/publish`);
    const page = await (await ctx.client().get('/processes/quais?lang=en')).text();
    expect(page).toContain('Area: The Harbour, Station');
    const api = await (await ctx.client().get('/api/v1/processes/quais')).json();
    expect(api.scope).toBe('neighbourhoods');
    expect(api.neighbourhoods).toEqual([
      { slug: 'le-port', name: { fr: 'Le Port', en: 'The Harbour' } },
      { slug: 'la-gare', name: { fr: 'La Gare', en: 'Station' } },
    ]);
    const edit = await (await admin.get(`/admin/processes/${idOf(res)}/edit`)).text();
    expect(edit).toMatch(/id="neighbourhood-n-port" name="neighbourhoods" value="n-port" checked/);
  });

  it('replaces and removes the hero image', async () => {
    const res = await admin.postMultipart('/admin/processes', form({ ...base, slug: 'image', scope: 'city', hero_alt_fr: 'Les quais' }, await sampleWebp()));
    const id = idOf(res);
    const heroOf = async () => (await ctx.deps.db.selectFrom('process').select('hero_upload_id').where('id', '=', id).executeTakeFirstOrThrow()).hero_upload_id;
    const first = await heroOf();
    expect((await ctx.client().get(`/uploads/${first}`)).headers.get('content-type')).toBe('image/webp');
    await admin.postMultipart(`/admin/processes/${id}/edit`, form({ ...base, slug: 'image', scope: 'city', hero_alt_fr: 'Les quais' }));
    expect(await heroOf()).toBe(first);
    await admin.postMultipart(`/admin/processes/${id}/edit`, form({ ...base, slug: 'image', scope: 'city', hero_alt_fr: '', remove_hero: 'on' }));
    expect(await heroOf()).toBeNull();
  });

  it('deletes a phase and removes a component, each written to the audit log', async () => {
    const id = idOf(await admin.postMultipart('/admin/processes', form({ ...base, slug: 'menage', scope: 'city' })));
    await admin.post(`/admin/processes/${id}/phases`, { name_fr: 'Seule phase', starts_on: '2026-01-01', ends_on: '2026-02-01' });
    const phase = await ctx.deps.db.selectFrom('phase').select('id').where('process_id', '=', id).executeTakeFirstOrThrow();
    const componentId = idOf(await admin.post(`/admin/processes/${id}/components`, { type: 'page', name_fr: 'À lire' }));
    await admin.post(`/admin/processes/${id}/current-phase`, { phase_id: phase.id });
    expect(await (await admin.get(`/admin/processes/${id}`)).text()).toContain('Phase en cours\u202F: Seule phase. (choisie à la main)');

    // Without the confirmation field nothing goes: the confirmation page comes back.
    const unconfirmed = await admin.post(`/admin/processes/${id}/phases/${phase.id}/delete`);
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain('Rien n’a été fait');
    expect((await admin.post(`/admin/processes/${id}/components/${componentId}/delete`)).status).toBe(400);
    expect(await ctx.deps.db.selectFrom('phase').select('id').where('process_id', '=', id).execute()).toHaveLength(1);
    expect(await ctx.deps.db.selectFrom('component').select('id').where('process_id', '=', id).execute()).toHaveLength(1);

    expect((await admin.post(`/admin/processes/${id}/phases/${phase.id}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`/admin/processes/${id}/components/${componentId}/delete`, { confirmed: 'yes' })).status).toBe(303);
    expect(await ctx.deps.db.selectFrom('phase').select('id').where('process_id', '=', id).execute()).toEqual([]);
    expect(await ctx.deps.db.selectFrom('component').select('id').where('process_id', '=', id).execute()).toEqual([]);
    expect(await actions(id)).toEqual(['process.create', 'process.currentPhase']);
    expect(await actions(phase.id)).toEqual(['phase.create', 'phase.delete']);
    expect(await actions(componentId)).toEqual(['component.create', 'component.delete']);
    expect((await admin.post(`/admin/processes/${id}/phases/${phase.id}/delete`, { confirmed: 'yes' })).status).toBe(404);
  });
});
