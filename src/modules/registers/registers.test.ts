import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { loadDashboard } from './dashboard.ts';
import { algorithmForm, cameraForm, registerWorld } from './test-fixtures.ts';

let ctx: TestContext;
let world: Awaited<ReturnType<typeof registerWorld>>;

beforeAll(async () => {
  ctx = await createTestContext();
  world = await registerWorld(ctx);
});
afterAll(() => ctx.close());

const countSensors = async () => Number((await ctx.deps.db.selectFrom('register_sensor').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

async function createCamera(overrides: Record<string, string | string[]> = {}): Promise<string> {
  const editor = await ctx.client().signInAs(ctx, world.editor);
  const res = await editor.post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port', overrides));
  expect(res.status).toBe(303);
  return res.headers.get('location')!.split('/').pop()!;
}

describe('filing entries', () => {
  it('lets a department editor register a camera whose page answers the seven questions in French', async () => {
    const id = await createCamera();
    const page = await (await ctx.client().get(`/registers/sensors/${id}`)).text();
    expect(page).toContain('<h1>Caméra place des Fêtes</h1>');
    for (const q of ['Pourquoi est-il là\u202F?', 'Qui en est responsable\u202F?', 'Que détecte-t-il\u202F?', 'Quelles données\u202F?', 'Que deviennent les données\u202F?', 'Qui peut les voir\u202F?', 'Combien de temps sont-elles gardées\u202F?']) expect(page).toContain(q);
    expect(page).toContain('<dt>Tranquillité Prévention</dt>'); // DTPR's French wording of safety_security
    expect(page).toContain('Retenu 30 jours');
    expect(page).toContain('Tranquillité publique (Ville) en répond.');
    expect(page).toContain('Helpful Places');
    expect(page).toContain('Apache-2.0');
    const en = await (await ctx.client().get(`/registers/sensors/${id}?lang=en`)).text();
    expect(en).toContain('Why is it here?');
    expect(en).toContain('Retained 30 days');
  });

  it('marks free text written in French on the English page when the entry says so, and not when it is in English', async () => {
    const french = await createCamera({ text_language: 'fr', description: 'Filme la place les soirs de marché.', detects: 'Des silhouettes, jamais des visages.' });
    const en = await (await ctx.client().get(`/registers/sensors/${french}?lang=en`)).text();
    expect(en).toContain('<p class="lead"><span lang="fr">Filme la place les soirs de marché.</span> <span class="other-language">(in French)</span></p>');
    expect(en).toContain('<span lang="fr">Des silhouettes, jamais des visages.</span> <span class="other-language">(in French)</span>');
    expect(en).toContain('<dd>French</dd>');
    const fr = await (await ctx.client().get(`/registers/sensors/${french}?lang=fr`)).text();
    expect(fr).toContain('<p class="lead">Filme la place les soirs de marché.</p>');
    const english = await createCamera({ text_language: 'en', description: 'Films the square on market evenings.' });
    const frPage = await (await ctx.client().get(`/registers/sensors/${english}?lang=fr`)).text();
    expect(frPage).toContain('<p class="lead"><span lang="en">Films the square on market evenings.</span> <span class="other-language">(en anglais)</span></p>');
    expect(await (await ctx.client().get(`/registers/sensors/${english}?lang=en`)).text()).toContain('<p class="lead">Films the square on market evenings.</p>');
    const refused = await ctx.client().signInAs(ctx, world.editor);
    expect((await refused.post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port', { text_language: 'de' }))).status).toBe(400);
    const api = (await (await ctx.client().get(`/api/v1/registers/sensors/${french}`)).json()) as { textLanguage: string };
    expect(api.textLanguage).toBe('fr');
  });

  it('refuses an active device without the answers its status requires, saving nothing', async () => {
    const before = await countSensors();
    const editor = await ctx.client().signInAs(ctx, world.editor);
    const res = await editor.post('/registers/sensors/new', { name_fr: 'Capteur flou', department_id: 'dep-safety', status: 'active' });
    expect(res.status).toBe(400);
    const html = await res.text();
    for (const field of ['purposes', 'technologies', 'data_types', 'processing', 'access', 'retention']) expect(html).toMatch(new RegExp(`id="field-${field}"[^>]*>[\\s\\S]*?Obligatoire pour ce statut`));
    expect(html).toContain('value="Capteur flou"');
    expect(await countSensors()).toBe(before);
    // The same entry may be filed as planned.
    expect((await editor.post('/registers/sensors/new', { name_fr: 'Capteur flou', department_id: 'dep-safety', status: 'planned' })).status).toBe(303);
  });

  it('explains each bad value beside its field and keeps what was typed', async () => {
    const before = await countSensors();
    const editor = await ctx.client().signInAs(ctx, world.editor);
    const res = await editor.post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port', { retention_days: '', approval_url: 'pas une adresse', purposes: ['safety_security', 'mind_reading'], latitude: '95', longitude: '4.8' }));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('Indiquez la durée de conservation en jours.');
    expect(html).toContain('Adresse web non valide');
    expect(html).toContain('Terme inconnu du vocabulaire DTPR.');
    expect(html).toContain('Une latitude entre -90 et 90.');
    expect(html).toContain('value="pas une adresse"');
    const email = await editor.post('/registers/algorithms/new', algorithmForm('dep-safety', { contact_email: 'nobody-at-all' }));
    expect(email.status).toBe(400);
    expect(await email.text()).toContain('Adresse e-mail non valide.');
    expect(await countSensors()).toBe(before);
  });

  it('keeps residents out and departments to their own entries', async () => {
    const id = await createCamera();
    const resident = await ctx.client().signInAs(ctx, world.resident);
    expect((await resident.get('/registers/sensors/new')).status).toBe(403);
    expect((await resident.post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port'))).status).toBe(403);
    expect((await resident.post(`/registers/sensors/${id}/edit`, cameraForm('dep-safety', 'hood-port', { retention_days: '1' }))).status).toBe(403);
    expect((await ctx.client().post('/registers/sensors/new', cameraForm('dep-safety', 'hood-port'))).status).toBe(401);
    const editor = await ctx.client().signInAs(ctx, world.editor);
    const other = await editor.post('/registers/sensors/new', cameraForm('dep-env', 'hood-port'));
    expect(other.status).toBe(400);
    expect(await other.text()).toContain('Vous ne pouvez inscrire que les entrées de votre service.');
    // An entry of another department cannot be edited by this editor.
    const admin = await ctx.client().signInAs(ctx, world.admin);
    const envRes = await admin.post('/registers/sensors/new', cameraForm('dep-env', 'hood-port', { name_fr: 'Capteur environnement' }));
    const envId = envRes.headers.get('location')!.split('/').pop()!;
    expect((await editor.get(`/registers/sensors/${envId}/edit`)).status).toBe(403);
    expect((await editor.post(`/registers/sensors/${envId}/edit`, cameraForm('dep-safety', 'hood-port'))).status).toBe(403);
  });
});

describe('algorithms', () => {
  it('asks an operational algorithm for the standard’s essential fields and limits the short description', async () => {
    const editor = await ctx.client().signInAs(ctx, world.editor);
    const missing = await editor.post('/registers/algorithms/new', algorithmForm('dep-safety', { objection_procedure: '', autonomy: '', short_description: 'x'.repeat(151) }));
    expect(missing.status).toBe(400);
    const html = await missing.text();
    expect(html).toContain('id="error-objection_procedure">Obligatoire pour ce statut.');
    expect(html).toContain('id="error-autonomy">Obligatoire pour ce statut.');
    expect(html).toMatch(/id="error-short_description">[^<]*150/);
    // The same system in design needs none of them.
    expect((await editor.post('/registers/algorithms/new', algorithmForm('dep-safety', { status: 'design', objection_procedure: '', autonomy: '' }))).status).toBe(303);
    const created = await editor.post('/registers/algorithms/new', algorithmForm('dep-safety'));
    expect(created.status).toBe(303);
    const id = created.headers.get('location')!.split('/').pop()!;
    expect((await editor.post(`/registers/algorithms/${id}/edit`, algorithmForm('dep-safety', { autonomy: 'ai_flags_human_decides' }))).status).toBe(303);
    const en = await (await ctx.client().get(`/registers/algorithms/${id}?lang=en`)).text();
    expect(en).toContain('Level of autonomy changed from “AI decides and executes” to “AI flags, human decides”');
  });
});

describe('history', () => {
  it('records what changed, when and by which department; admins also see who', async () => {
    const id = await createCamera({ name_fr: 'Caméra du quai' });
    const editor = await ctx.client().signInAs(ctx, world.editor);
    const res = await editor.post(`/registers/sensors/${id}/edit`, cameraForm('dep-safety', 'hood-port', { name_fr: 'Caméra du quai', retention_days: '7' }));
    expect(res.status).toBe(303);
    const fr = await (await ctx.client().get(`/registers/sensors/${id}`)).text();
    expect(fr).toContain('Conservation\u202F: « Retenu 30 jours » devient « Retenu 7 jours »');
    expect(fr).toContain('Modifié par Tranquillité publique');
    expect(fr).not.toContain('Agent Tranquillité');
    const en = await (await ctx.client().get(`/registers/sensors/${id}?lang=en`)).text();
    expect(en).toContain('Retention changed from “Retained 30 days” to “Retained 7 days”');
    const admin = await ctx.client().signInAs(ctx, world.admin);
    expect(await (await admin.get(`/registers/sensors/${id}`)).text()).toContain('par Agent Tranquillité');
    const changes = await ctx.deps.db.selectFrom('register_change').select(['kind', 'changes']).where('entry_id', '=', id).orderBy('created_at').execute();
    expect(changes.map((c) => c.kind)).toEqual(['created', 'updated']);
    expect(JSON.parse(changes[1].changes)).toEqual([{ field: 'retention', from: 'data_retained:30', to: 'data_retained:7' }]);
    const audit = await ctx.deps.db.selectFrom('audit_log').select('action').where('target_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('register.entry.update');
  });
});

describe('questioning the city', () => {
  it('publishes a resident question, lets only the accountable department answer, and the dashboard follows', async () => {
    const id = await createCamera({ name_fr: 'Caméra questionnée' });
    const dashboard = async () => (await (await ctx.client().get('/registers/dashboard')).text()).replace(/\s+/g, ' ');
    const openBefore = /id="stat-open"><p><strong>(\d+)<\/strong>/.exec(await dashboard())![1];

    expect((await ctx.client().post(`/registers/sensors/${id}/questions`, { kind: 'question', body: 'Combien de temps les images sont-elles gardées ?' })).status).toBe(401);
    const resident = await ctx.client().signInAs(ctx, world.resident);
    const short = await resident.post(`/registers/sensors/${id}/questions`, { kind: 'question', body: 'Hein' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('Hein</textarea>');
    const asked = await resident.post(`/registers/sensors/${id}/questions`, { kind: 'contest', body: 'Je conteste cette caméra : elle filme mon balcon.' });
    expect(asked.status).toBe(303);
    const questionId = asked.headers.get('location')!.split('#question-')[1];
    const mail = await ctx.deps.db.selectFrom('outbox').select(['subject', 'text_body']).where('to_address', '=', 'tp@ville.example').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Question d’un habitant\u202F: Caméra questionnée');
    expect(mail.text_body).toContain(`/registers/sensors/${id}#question-${questionId}`);
    const page = await (await ctx.client().get(`/registers/sensors/${id}`)).text();
    expect(page).toContain('Je conteste cette caméra : elle filme mon balcon.');
    expect(page).toContain('En attente de réponse depuis 0 jour');
    expect(page).not.toContain('Habitante');
    expect(await dashboard()).toContain(`id="stat-open"><p><strong>${Number(openBefore) + 1}</strong>`);

    const outsider = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await outsider.post(`/registers/questions/${questionId}/answer`, { answer: 'Je réponds à la place du service.' })).status).toBe(403);
    const editor = await ctx.client().signInAs(ctx, world.editor);
    expect((await editor.post(`/registers/questions/${questionId}/answer`, { answer: 'Un masque cache les balcons.' })).status).toBe(303);
    const again = await editor.post(`/registers/questions/${questionId}/answer`, { answer: 'Deuxième réponse.' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Cette question a déjà reçu une réponse.');
    expect(await (await ctx.client().get(`/registers/sensors/${id}`)).text()).toContain('Un masque cache les balcons.');
    const after = await dashboard();
    expect(after).toContain(`id="stat-open"><p><strong>${Number(openBefore)}</strong>`);
    expect(after).toMatch(/id="stat-median"><p><strong>0 h<\/strong>/);
  });

  it('lets moderators hide an abusive question with a public reason; it no longer waits on the dashboard', async () => {
    const id = await createCamera({ name_fr: 'Caméra insultée' });
    const resident = await ctx.client().signInAs(ctx, world.resident);
    const asked = await resident.post(`/registers/sensors/${id}/questions`, { kind: 'question', body: 'Message injurieux envers un agent nommé.' });
    const questionId = asked.headers.get('location')!.split('#question-')[1];
    const page = await (await resident.get(`/registers/sensors/${id}`)).text();
    expect(page).toContain('action="/moderation/flag"');
    const moderator = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'moderator' }));
    const hidden = await moderator.post('/moderation/hide', { resource_type: 'register_question', resource_id: questionId, public_reason: 'Propos injurieux', return_to: `/registers/sensors/${id}` });
    expect(hidden.status).toBe(303);
    const after = await (await ctx.client().get(`/registers/sensors/${id}`)).text();
    expect(after).not.toContain('Message injurieux');
    expect(after).toContain('Propos injurieux');
    expect((await loadDashboard(ctx.deps.db)).openQuestions.some((q) => q.question.id === questionId)).toBe(false);
  });

  it('gives residents their questions back in "download my data"', async () => {
    const id = await createCamera({ name_fr: 'Caméra exportée' });
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    await client.post(`/registers/sensors/${id}/questions`, { kind: 'question', body: 'Qui regarde les images, et quand ?' });
    const data = (await (await client.get('/account/export')).json()) as { registerQuestions: { entry_id: string; body: string }[] };
    expect(data.registerQuestions).toEqual([expect.objectContaining({ entry_id: id, body: 'Qui regarde les images, et quand ?' })]);
  });

  it('limits how many questions one resident can send in an hour', async () => {
    const id = await createCamera({ name_fr: 'Caméra très questionnée' });
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await resident.post(`/registers/sensors/${id}/questions`, { kind: 'question', body: `Question numéro ${i} sur cette caméra ?` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 303)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
