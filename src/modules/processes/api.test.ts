import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { addComponent } from './components/service.ts';
import { addPhase } from './phase-service.ts';
import { createProcess, setProcessPublished } from './service.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  const u = await ctx.createUser({ role: 'admin' });
  const admin: CurrentUser = { ...u, emailVerified: true, role: 'admin', locale: null };
  const write = { db: ctx.deps.db, user: admin, uploadDir: ctx.deps.config.uploadDir };
  const base = { title_en: '', summary_en: 'Summary', body_fr: 'Texte', body_en: '', scope: 'city' as const, neighbourhoods: [], hero_alt_fr: '', hero_alt_en: '' };
  const open = await createProcess(write, { ...base, slug: 'ouverte', title_fr: 'Ouverte', summary_fr: 'Résumé' }, null);
  const draft = await createProcess(write, { ...base, slug: 'brouillon', title_fr: 'Brouillon', summary_fr: 'Résumé' }, null);
  if (!open.ok || !draft.ok) throw new Error('setup failed');
  await addPhase(ctx.deps.db, admin, open.value.id, { name_fr: 'Idées', name_en: 'Ideas', description_fr: '', description_en: '', starts_on: '2020-01-01', ends_on: '2099-01-01' });
  await addComponent(ctx.deps, admin, open.value.id, { type: 'page', name_fr: 'À lire', name_en: '' });
  await setProcessPublished(ctx.deps.db, admin, open.value.id, true);
});
afterAll(() => ctx.close());

describe('processes API', () => {
  it('lists published processes with their phases and current phase, bilingual fields as { fr, en }', async () => {
    const res = await ctx.client().get('/api/v1/processes');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await res.json();
    expect(body.processes).toHaveLength(1);
    const [p] = body.processes;
    expect(p).toMatchObject({
      slug: 'ouverte',
      title: { fr: 'Ouverte', en: null },
      summary: { fr: 'Résumé', en: 'Summary' },
      scope: 'city',
      closed: false,
      url: 'http://localhost:3000/processes/ouverte',
    });
    expect(p.phases).toEqual([{ id: p.currentPhaseId, position: 1, name: { fr: 'Idées', en: 'Ideas' }, description: { fr: '', en: null }, startsOn: '2020-01-01', endsOn: '2099-01-01' }]);
  });

  it('gives one published process with its body and components, and a JSON 404 for unknown or draft slugs', async () => {
    const res = await ctx.client().get('/api/v1/processes/ouverte');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.body).toEqual({ fr: 'Texte', en: null });
    expect(body.components).toEqual([expect.objectContaining({ type: 'page', name: { fr: 'À lire', en: null } })]);
    for (const slug of ['brouillon', 'nothing']) {
      const missing = await ctx.client().get(`/api/v1/processes/${slug}`);
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe('not_found');
    }
  });

  it('documents both routes in the OpenAPI 3.1 document', async () => {
    const doc = await (await ctx.client().get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/processes', '/processes/{slug}']));
    expect(doc.components.schemas.Process.properties.title.$ref).toBe('#/components/schemas/Bilingual');
  });
});
