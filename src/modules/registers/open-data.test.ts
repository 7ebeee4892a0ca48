import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { loadDashboard } from './dashboard.ts';
import { seedRegisters } from './seed.ts';

let ctx: TestContext;
let cameraId: string;

// The demo register is the fixture: it goes through the same checks as the forms.
beforeAll(async () => {
  ctx = await createTestContext();
  const db = ctx.deps.db;
  for (const [position, slug] of ['vieux-port', 'les-tilleuls', 'la-gare', 'bord-de-riviere', 'les-hauts'].entries()) {
    await db.insertInto('neighbourhood').values({ id: `hood-${slug}`, slug, name_fr: slug, name_en: slug, position }).execute();
  }
  const now = new Date().toISOString();
  await db
    .insertInto('process')
    .values({ id: 'charter', slug: 'charte-capteurs-urbains', title_fr: 'Charte des capteurs', title_en: 'Sensor charter', summary_fr: '', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: now, updated_at: now })
    .execute();
  const people = Object.fromEntries(await Promise.all(['admin', 'amina', 'louis'].map(async (key) => [key, (await ctx.createUser({ role: key === 'admin' ? 'admin' : 'resident', name: key })).id])));
  await seedRegisters(db, people);
  cameraId = (await db.selectFrom('register_sensor').select('id').where('name_fr', 'like', 'Caméra de vidéoprotection%').executeTakeFirstOrThrow()).id;
});
afterAll(() => ctx.close());

describe('demo register', () => {
  it('holds a dozen devices of different kinds and the three algorithms with their real level of autonomy', async () => {
    const db = ctx.deps.db;
    const sensors = await db.selectFrom('register_sensor').select(['technologies', 'status']).execute();
    expect(sensors.length).toBe(12);
    expect(new Set(sensors.map((s) => s.technologies)).size).toBeGreaterThan(8);
    const algorithms = await db.selectFrom('register_algorithm').select(['name_en', 'autonomy']).orderBy('name_en').execute();
    expect(algorithms).toEqual([
      { name_en: 'Benefit fraud risk scoring', autonomy: 'ai_flags_human_decides' },
      { name_en: 'Nursery-school place allocation', autonomy: 'ai_decides_human_executes' },
      { name_en: 'Traffic-light optimisation', autonomy: 'ai_only' },
    ]);
  });

  it('sums up personal data per neighbourhood, autonomy, open questions, the median answer time and overdue reviews', async () => {
    const d = await loadDashboard(ctx.deps.db);
    // Active or suspended devices collecting personal data: camera and Wi-Fi (Vieux-Port), water meters (Les Hauts); the retired plate camera does not count.
    expect(d.personalSensors).toBe(3);
    expect(d.personalByNeighbourhood.get('hood-vieux-port')).toBe(2);
    expect(d.personalByNeighbourhood.get('hood-les-hauts')).toBe(1);
    expect(d.byAutonomy.get('ai_only')).toBe(1);
    expect(d.openQuestions.length).toBe(1);
    expect(d.medianAnswerHours).toBeCloseTo(72, 0);
    expect(d.overdueReviews.map((o) => o.entry.name_en).sort()).toEqual(['Benefit fraud risk scoring', 'Footfall data bought from a mobile operator', 'Pedestrian counter, station forecourt', 'Wi-Fi hotspot with footfall counting, Old Harbour']);
  });
});

describe('public lists and filters', () => {
  it('filters sensors by neighbourhood, purpose, personal data, status and text', async () => {
    const client = ctx.client();
    const rows = async (query: string) => ((await (await client.get(`/registers/sensors?${query}`)).text()).match(/<th scope="row">/g) ?? []).length;
    expect(await rows('')).toBe(12);
    expect(await rows('personal=yes')).toBe(4);
    expect(await rows('personal=yes&neighbourhood=hood-vieux-port')).toBe(2);
    expect(await rows('purpose=health')).toBe(2);
    expect(await rows('status=planned')).toBe(1);
    expect(await rows('q=V%C3%89LO')).toBe(1);
    expect(await rows('q=nothing-like-this')).toBe(0);
  });

  it('filters algorithms by risk, autonomy, personal data and status', async () => {
    const client = ctx.client();
    const rows = async (query: string) => ((await (await client.get(`/registers/algorithms?${query}`)).text()).match(/<th scope="row">/g) ?? []).length;
    expect(await rows('risk=high')).toBe(2);
    expect(await rows('autonomy=ai_only')).toBe(1);
    expect(await rows('personal=no')).toBe(1);
    expect(await rows('status=pilot&lang=en')).toBe(1);
  });

  it('shows an algorithm page with who decides, the standard’s fields and the debate', async () => {
    const id = (await ctx.deps.db.selectFrom('register_algorithm').select('id').where('autonomy', '=', 'ai_flags_human_decides').executeTakeFirstOrThrow()).id;
    const html = await (await ctx.client().get(`/registers/algorithms/${id}?lang=en`)).text();
    expect(html).toContain('AI flags, human decides');
    expect(html).toContain('How to contest a decision');
    expect(html).toContain('Data-protection impact assessment: link');
    expect(html).toContain('id="comments"');
    expect(html).toContain('Un score de fraude sur des aides sociales stigmatise les plus pauvres.');
    expect(html).toContain('<a href="/processes/charte-capteurs-urbains">Sensor charter</a>');
  });
});

describe('exports, API, feed and sign', () => {
  it('exports each register as CSV and JSON', async () => {
    const csv = await ctx.client().get('/registers/sensors.csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,url,name_fr,name_en,description,department_id,status/);
    expect(lines.length).toBe(13);
    const json = (await (await ctx.client().get('/registers/algorithms.json')).json()) as { algorithms: { autonomy: string; decisionTypes: { id: string }[] }[] };
    expect(json.algorithms.map((a) => a.autonomy).sort()).toEqual(['ai_decides_human_executes', 'ai_flags_human_decides', 'ai_only']);
  });

  it('serves the API routes described in the OpenAPI document', async () => {
    const client = ctx.client();
    const list = (await (await client.get('/api/v1/registers/sensors')).json()) as { sensors: { id: string; retention: { days: number | null }; personalData: boolean }[] };
    expect(list.sensors.length).toBe(12);
    const one = (await (await client.get(`/api/v1/registers/sensors/${cameraId}`)).json()) as { retention: { term: string; days: number }; purposes: { id: string; name: { fr: string } }[]; personalData: boolean };
    expect(one.retention).toEqual({ term: 'data_retained', days: 30 });
    expect(one.purposes[0]).toEqual({ id: 'safety_security', name: { fr: 'Tranquillité Prévention', en: 'Safety & Security' } });
    expect(one.personalData).toBe(true);
    const missing = await client.get('/api/v1/registers/algorithms/nope');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const algorithms = (await (await client.get('/api/v1/registers/algorithms')).json()) as { algorithms: { id: string }[] };
    expect((await client.get(`/api/v1/registers/algorithms/${algorithms.algorithms[0].id}`)).status).toBe(200);
    const doc = (await (await client.get('/api/v1/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const path of ['/registers/sensors', '/registers/sensors/{id}', '/registers/algorithms', '/registers/algorithms/{id}']) expect(doc.paths[path]).toBeDefined();
  });

  it('publishes an Atom feed of register changes', async () => {
    const res = await ctx.client().get('/registers/feed.atom?lang=en');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect((xml.match(/<entry>/g) ?? []).length).toBe(15);
    expect(xml).toContain(`/registers/sensors/${cameraId}`);
  });

  it('prints a sign with the short answers, a QR code and its own print stylesheet, without inline styles', async () => {
    const html = await (await ctx.client().get(`/registers/sensors/${cameraId}/sign?size=a5`)).text();
    expect(html).toContain('<link rel="stylesheet" href="/registers/sign.css"/>');
    expect(html).toContain('class="sign sign-a5"');
    expect(html).toMatch(/<svg[^>]*viewBox/);
    expect(html).toContain(`http://localhost:3000/registers/sensors/${cameraId}`);
    expect(html).toContain('Retenu 30 jours');
    expect(html).not.toMatch(/style=|<style|<script/);
    const css = await ctx.client().get('/registers/sign.css');
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(await css.text()).toContain('@page');
  });
});

describe('departments', () => {
  it('lets an admin add a department and authorise an editor by email, and nobody else', async () => {
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const person = await ctx.createUser({ email: 'agent.voirie@example.org', name: 'Agent Voirie' });
    expect((await admin.post('/admin/registers/departments', { name_fr: '', organisation: 'Ville' })).status).toBe(400);
    expect((await admin.post('/admin/registers/departments', { name_fr: 'Voirie', name_en: 'Roads', organisation: 'Ville de Bellerive', department_email: 'voirie@bellerive.example' })).status).toBe(303);
    const dep = await ctx.deps.db.selectFrom('register_department').select('id').where('name_fr', '=', 'Voirie').executeTakeFirstOrThrow();
    const unknown = await admin.post('/admin/registers/editors', { department_id: dep.id, email: 'nobody@example.org' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Aucun compte n’a cette adresse.');
    expect((await admin.post('/admin/registers/editors', { department_id: dep.id, email: 'Agent.Voirie@example.org' })).status).toBe(303);
    expect(await (await admin.get('/admin/registers')).text()).toContain('Agent Voirie (agent.voirie@example.org)');
    const editor = await ctx.client().signInAs(ctx, person);
    expect((await editor.get('/registers/sensors/new')).status).toBe(200);
    expect((await editor.get('/admin/registers')).status).toBe(403);
    expect((await editor.post('/admin/registers/departments', { name_fr: 'Pirate', organisation: 'X' })).status).toBe(403);
    expect((await admin.post(`/admin/registers/departments/${dep.id}/editors/${person.id}/remove`)).status).toBe(400);
    expect((await admin.post(`/admin/registers/departments/${dep.id}/editors/${person.id}/remove`, { confirmed: 'yes' })).status).toBe(303);
    expect((await editor.get('/registers/sensors/new')).status).toBe(403);
  });
});
