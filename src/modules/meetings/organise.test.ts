import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/support/app.ts';
import { runMeetingsCommand } from '../../cli/meetings.ts';
import { sendMeetingReminders } from './reminders.ts';
import { createMeetingFixture, type MeetingFixture } from './test-fixture.ts';

let ctx: TestContext;
let admin: TestClient;
let f: MeetingFixture;

const form = (over: Record<string, string> = {}) => ({
  title_fr: 'Réunion de quartier', title_en: 'Neighbourhood meeting', description_fr: '', description_en: '', mode: 'in-person', address: 'Salle des fêtes',
  step_free: 'on', online_url: '', starts_local: '2031-03-30T18:30', ends_local: '2031-03-30T20:00', time_zone: 'Europe/Paris', organiser: 'city', access: 'registration', capacity: '1', ...over,
});

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
  f = await createMeetingFixture(ctx.deps.db);
});
afterAll(() => ctx.close());

describe('creating and editing meetings', () => {
  it('refuses a bad form beside its fields with the values kept, and only admins create', async () => {
    const refused = await admin.post(`/meetings/new/${f.componentId}`, form({ address: '', ends_local: '2031-03-30T17:00', capacity: '0', time_zone: 'Mars/Olympus', online_url: 'http://x' }));
    expect(refused.status).toBe(400);
    const page = await refused.text();
    for (const message of ['Donnez l’adresse de la réunion.', 'Donnez un nombre entier de places', 'Ce fuseau horaire est inconnu', 'commence par https://']) expect(page).toContain(message);
    expect(page).toContain('value="Réunion de quartier"');
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    expect((await resident.post(`/meetings/new/${f.componentId}`, form())).status).toBe(403);
    expect(await ctx.deps.db.selectFrom('meeting').select('id').where('component_id', '=', f.componentId).execute()).toHaveLength(1);
  });

  it('reads the times in the meeting’s zone (summer time included) and stores UTC instants', async () => {
    const created = await admin.post(`/meetings/new/${f.componentId}`, form());
    expect(created.status).toBe(303);
    const id = created.headers.get('location')!.split('/').pop()!;
    const row = await ctx.deps.db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // 30 March 2031 is after the change to summer time in Paris (UTC+2).
    expect(row.starts_at).toBe('2031-03-30T16:30:00.000Z');
    expect(row).toMatchObject({ step_free: 1, induction_loop: 0, capacity: 1, organiser_org_id: null });
    const edit = await (await admin.get(`/meetings/${id}/edit`)).text();
    expect(edit).toContain('value="2031-03-30T18:30"');
  });

  it('gives new seats to the people waiting when the capacity grows, and mails them', async () => {
    const g = await createMeetingFixture(ctx.deps.db, { capacity: 1 });
    const [first, second] = await Promise.all([ctx.createUser(), ctx.createUser()]);
    await (await ctx.client().signInAs(ctx, first)).post(`/meetings/${g.meetingId}/register`);
    await (await ctx.client().signInAs(ctx, second)).post(`/meetings/${g.meetingId}/register`);
    const row = await ctx.deps.db.selectFrom('meeting').selectAll().where('id', '=', g.meetingId).executeTakeFirstOrThrow();
    const local = (iso: string) => new Date(new Date(iso).getTime() + 3_600_000).toISOString().slice(0, 16);
    expect((await admin.post(`/meetings/${g.meetingId}/edit`, form({ starts_local: local(row.starts_at), ends_local: local(row.ends_at), capacity: '2' }))).status).toBe(303);
    const statuses = await ctx.deps.db.selectFrom('meeting_registration').select(['user_id', 'status']).where('meeting_id', '=', g.meetingId).execute();
    expect(statuses.every((s) => s.status === 'confirmed')).toBe(true);
    expect(await ctx.deps.db.selectFrom('outbox').select('subject').where('to_address', '=', second.email).execute()).toHaveLength(1);
  });
});

describe('after the meeting', () => {
  it('keeps every version of the minutes and publishes one only once confirmed, with its approval date', async () => {
    const path = `/meetings/${f.meetingId}`;
    expect((await admin.post(`${path}/minutes`, { body_fr: '' })).status).toBe(400);
    await admin.post(`${path}/minutes`, { body_fr: 'Version une', body_en: '' });
    await admin.post(`${path}/minutes`, { body_fr: 'Version deux', body_en: 'Version two' });
    const versions = await ctx.deps.db.selectFrom('meeting_minutes').select(['version', 'body_fr', 'approved_on']).where('meeting_id', '=', f.meetingId).orderBy('version').execute();
    expect(versions).toEqual([{ version: 1, body_fr: 'Version une', approved_on: null }, { version: 2, body_fr: 'Version deux', approved_on: null }]);
    expect((await admin.post(`${path}/minutes/2/approve`, { approved_on: '2026-11-30' })).status).toBe(400);
    expect(await (await ctx.client().get(path)).text()).not.toContain('Version deux');
    await ctx.deps.db.updateTable('meeting').set({ starts_at: '2026-01-10T17:00:00.000Z', ends_at: '2026-01-10T19:00:00.000Z' }).where('id', '=', f.meetingId).execute();
    expect((await admin.post(`${path}/minutes/2/approve`, { approved_on: '2026-11-30', confirmed: 'yes' })).status).toBe(303);
    expect((await admin.post(`${path}/minutes/2/approve`, { approved_on: '2026-12-01', confirmed: 'yes' })).status).toBe(409);
    expect((await admin.post(`${path}/minutes/9/approve`, { approved_on: '2026-12-01', confirmed: 'yes' })).status).toBe(404);
    expect((await admin.post(`${path}/attendance`, { attendance_total: 'many' })).status).toBe(400);
    await admin.post(`${path}/attendance`, { attendance_total: '31' });
    const page = await (await ctx.client().get(path)).text();
    expect(page).toContain('Version deux');
    expect(page).toContain('Approuvé le 30 novembre 2026 (version 2).');
    expect(page).toContain('31 participants.');
    expect(page).not.toContain('Version une');
  });

  it('links proposals born in the meeting, shown on both pages', async () => {
    const now = new Date().toISOString();
    await ctx.deps.db.insertInto('component').values({ id: 'prop-comp', process_id: f.processId, type: 'proposals', name_fr: 'Propositions', name_en: 'Proposals', position: 2, settings: '{}', published: 1, created_at: now }).execute();
    await ctx.deps.db
      .insertInto('proposal')
      .values({ id: 'p-born', component_id: 'prop-comp', process_id: f.processId, title: 'Des bancs à l’ombre', body: 'Texte', category: 'other', neighbourhood_id: null, address: '', author_user_id: null, author_org_id: null, show_member_name: 0, supports_count: 0, threshold_reached_at: null, answer_status: null, answer_text: '', answered_at: null, draft_status: null, draft_text: '', withdrawn_at: null, hidden_at: null, hidden_reason: null, edited_at: null, shuffle_key: 1, created_at: now })
      .execute();
    expect((await admin.post(`/meetings/${f.meetingId}/proposals`, { proposal: 'p-born' })).status).toBe(303);
    expect(await (await ctx.client().get(`/meetings/${f.meetingId}`)).text()).toContain('Des bancs à l’ombre');
    expect(await (await ctx.client().get('/proposals/p-born')).text()).toContain('Née de la réunion du 10 janvier 2026');
    await admin.post(`/meetings/${f.meetingId}/proposals`, {});
    expect((await ctx.deps.db.selectFrom('proposal').select('meeting_id').where('id', '=', 'p-born').executeTakeFirstOrThrow()).meeting_id).toBeNull();
  });
});

describe('reminders, lists and personal data', () => {
  it('reminds each seat once the day before, run after run, and erases old details', async () => {
    const soon = await createMeetingFixture(ctx.deps.db, { starts_at: new Date(Date.now() + 20 * 3_600_000).toISOString(), ends_at: new Date(Date.now() + 22 * 3_600_000).toISOString() });
    const later = await createMeetingFixture(ctx.deps.db, { starts_at: new Date(Date.now() + 50 * 3_600_000).toISOString(), ends_at: new Date(Date.now() + 52 * 3_600_000).toISOString() });
    const person = await ctx.createUser({ locale: 'en' });
    const client = await ctx.client().signInAs(ctx, person);
    await client.post(`/meetings/${soon.meetingId}/register`);
    await client.post(`/meetings/${later.meetingId}/register`);
    await client.post(`/meetings/${soon.meetingId}/details`, { full_name: 'Sarah', phone: '', needs: '' });
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    const open = async () => ({ deps: ctx.deps, close: async () => {} });
    expect(await runMeetingsCommand(['remind'], io, open)).toBe(0);
    expect(await runMeetingsCommand(['remind'], io, open)).toBe(0);
    expect(out[0]).toContain('1 email(s) sent');
    expect(out[1]).toContain('0 email(s) sent');
    const mails = await ctx.deps.db.selectFrom('outbox').select(['subject']).where('to_address', '=', person.email).execute();
    expect(mails.map((m) => m.subject)).toEqual(['cocity: reminder — Workshop; seats, commas']);
    expect(await runMeetingsCommand(['remind', 'now'], io, open)).toBe(2);
    const inAMonth = new Date(Date.now() + 40 * 86_400_000);
    expect((await sendMeetingReminders(ctx.deps, inAMonth)).detailsErased).toBe(1);
    expect((await ctx.deps.db.selectFrom('meeting_registration').select('full_name').where('meeting_id', '=', soon.meetingId).executeTakeFirstOrThrow()).full_name).toBe('');
  });

  it('lists upcoming meetings on the process page and the home page, and exports a person’s registrations', async () => {
    const g = await createMeetingFixture(ctx.deps.db, { title_fr: 'Réunion à venir', starts_at: new Date(Date.now() + 3_600_000).toISOString(), ends_at: new Date(Date.now() + 7_200_000).toISOString() });
    expect(await (await ctx.client().get(`/processes/${g.processSlug}`)).text()).toContain('Réunion à venir');
    expect(await (await ctx.client().get('/')).text()).toContain('Réunion à venir');
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    await client.post(`/meetings/${g.meetingId}/register`);
    const exported = (await (await client.get('/account/export')).json()) as Record<string, { meeting: string; status: string }[]>;
    expect(exported.meetingRegistrations).toMatchObject([{ meeting: g.meetingId, status: 'confirmed' }]);
  });
});
