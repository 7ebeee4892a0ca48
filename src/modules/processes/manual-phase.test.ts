import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';

let ctx: TestContext;
let admin: TestClient;
let processId: string;
const phaseIds: string[] = [];
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// A published process whose two phases are both over.
beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  const form = new FormData();
  for (const [k, v] of Object.entries({ slug: 'fini', title_fr: 'Démarche finie', summary_fr: 'Résumé', scope: 'city' })) form.append(k, v);
  processId = (await admin.postMultipart('/admin/processes', form)).headers.get('location')!.split('/').pop()!;
  for (const [name, from, to] of [['Idées', -30, -20], ['Vote', -19, -10]] as const) {
    expect((await admin.post(`/admin/processes/${processId}/phases`, { name_fr: name, starts_on: day(from), ends_on: day(to) })).status).toBe(303);
  }
  phaseIds.push(...(await ctx.deps.db.selectFrom('phase').select('id').where('process_id', '=', processId).orderBy('position').execute()).map((p) => p.id));
  await admin.post(`/admin/processes/${processId}/publish`);
});
afterAll(() => ctx.close());

describe('the current-phase form', () => {
  it('offers "follow the dates" with a value a browser sends (a required select refuses an empty one)', async () => {
    const html = await (await admin.get(`/admin/processes/${processId}`)).text();
    const select = /<select[^>]*name="phase_id"[^>]*>([\s\S]*?)<\/select>/.exec(html)!;
    expect(select[0]).toContain('required');
    expect(select[1]).not.toMatch(/<option value=""/);
    expect(select[1]).toMatch(/<option value="dates"[^>]*>Suivre les dates</);
  });

  it('goes back to following the dates after a phase chosen by hand', async () => {
    await admin.post(`/admin/processes/${processId}/current-phase`, { phase_id: phaseIds[1] });
    expect(await (await admin.get(`/admin/processes/${processId}`)).text()).toContain('(choisie à la main)');
    expect((await admin.post(`/admin/processes/${processId}/current-phase`, { phase_id: 'dates' })).status).toBe(303);
    const row = await ctx.deps.db.selectFrom('process').select('manual_phase_id').where('id', '=', processId).executeTakeFirstOrThrow();
    expect(row.manual_phase_id).toBeNull();
    const html = await (await admin.get(`/admin/processes/${processId}`)).text();
    expect(html).toContain('(selon les dates)');
    expect(html).toMatch(/<option value="dates" selected/);
  });
});

describe('a phase chosen by hand and the "ended" state', () => {
  it('shows an ended process as ended while it follows the dates', async () => {
    const html = await (await ctx.client().get('/processes/fini')).text();
    expect(html).toContain('Cette démarche est terminée.');
    expect(html).not.toContain('phase en cours');
  });

  it('never says "ended" next to a phase in progress once a phase is chosen by hand', async () => {
    await admin.post(`/admin/processes/${processId}/current-phase`, { phase_id: phaseIds[1] });
    const html = await (await ctx.client().get('/processes/fini')).text();
    expect(html).not.toContain('Cette démarche est terminée.');
    expect(html).toContain('phase en cours');
    const api = (await (await ctx.client().get('/api/v1/processes/fini')).json()) as { closed: boolean; currentPhase: { name: { fr: string } } | null };
    expect(api.closed).toBe(false);
    const list = await (await ctx.client().get('/processes')).text();
    const open = list.slice(0, list.indexOf('Terminées'));
    expect(open).toContain('Démarche finie');
  });
});
