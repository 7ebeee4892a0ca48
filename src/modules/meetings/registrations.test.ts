import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext, type TestUser } from '../../../test/support/app.ts';
import { createMeetingFixture, type MeetingFixture } from './test-fixture.ts';

let ctx: TestContext;
let f: MeetingFixture;
const people: { user: TestUser; client: TestClient }[] = [];
const path = (page = '') => `/meetings/${f.meetingId}${page ? `/${page}` : ''}`;
const registration = (userId: string) => ctx.deps.db.selectFrom('meeting_registration').selectAll().where('meeting_id', '=', f.meetingId).where('user_id', '=', userId).executeTakeFirst();
const mailsTo = (email: string) => ctx.deps.db.selectFrom('outbox').select(['subject', 'text_body']).where('to_address', '=', email).execute();

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createMeetingFixture(ctx.deps.db);
  for (let i = 0; i < 3; i += 1) {
    const user = await ctx.createUser({ locale: i === 2 ? 'en' : 'fr' });
    people.push({ user, client: await ctx.client().signInAs(ctx, user) });
  }
});
afterAll(() => ctx.close());

describe('registering for a meeting', () => {
  it('asks a visitor to sign in and refuses their post', async () => {
    const page = await (await ctx.client().get(path())).text();
    expect(page).toContain('Connectez-vous pour vous inscrire');
    expect((await ctx.client().post(path('register'))).status).toBe(401);
  });

  it('gives seats first come, then a waitlist; a second click changes nothing', async () => {
    const [a, b, c] = people;
    expect((await a.client.post(path('register'))).status).toBe(303);
    expect((await a.client.post(path('register'))).status).toBe(303);
    await b.client.post(path('register'));
    await c.client.post(path('register'));
    expect((await registration(a.user.id))?.status).toBe('confirmed');
    expect((await registration(b.user.id))?.status).toBe('confirmed');
    expect((await registration(c.user.id))?.status).toBe('waiting');
    expect(await ctx.deps.db.selectFrom('meeting_registration').select('id').where('meeting_id', '=', f.meetingId).execute()).toHaveLength(3);
    const page = await (await c.client.get(path())).text();
    expect(page).toContain('Vous êtes en liste d’attente, n° 1.');
    expect(page).not.toContain('name="full_name"');
  });

  it('shows the person holding a seat their code and asks their details, which a waiting person cannot give', async () => {
    const [a, , c] = people;
    const code = (await registration(a.user.id))!.code;
    const page = await (await a.client.get(path())).text();
    expect(page).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(page).toContain('name="full_name"');
    const refused = await a.client.post(path('details'), { full_name: 'Amina', phone: 'call me', needs: '' });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain('Un numéro de téléphone ne contient que des chiffres');
    expect(again).toContain('value="Amina"');
    expect((await registration(a.user.id))?.full_name).toBe('');
    expect((await a.client.post(path('details'), { full_name: 'Amina Diallo', phone: '+33 6 12 34 56 78', needs: 'Boucle magnétique', share_details: 'on' })).status).toBe(303);
    expect((await registration(a.user.id))?.share_details).toBe(1);
    expect((await c.client.post(path('details'), { full_name: 'Sarah', phone: '', needs: '' })).status).toBe(409);
    expect((await registration(c.user.id))?.full_name).toBe('');
  });

  it('cancels only once confirmed, erases the details, and promotes the first person waiting, who gets an email', async () => {
    const [a, , c] = people;
    const unconfirmed = await a.client.post(path('cancel'));
    expect(unconfirmed.status).toBe(400);
    expect((await registration(a.user.id))?.status).toBe('confirmed');
    expect((await a.client.post(path('cancel'), { confirmed: 'yes' })).status).toBe(303);
    const cancelled = await registration(a.user.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', full_name: '', phone: '', needs: '', share_details: 0 });
    expect((await registration(c.user.id))?.status).toBe('confirmed');
    const mails = await mailsTo(c.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('a seat has freed up');
    expect(mails[0].text_body).toContain(`http://localhost:3000/meetings/${f.meetingId}`);
    const code = (await registration(c.user.id))!.code;
    expect(mails[0].text_body).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
  });

  it('sends a person who registers again to the back of the queue', async () => {
    const [a] = people;
    await a.client.post(path('register'));
    expect((await registration(a.user.id))?.status).toBe('waiting');
  });

  it('lets the organiser check codes at the door and export only what people agreed to share', async () => {
    const admin = await ctx.client().signInAs(ctx, await ctx.createUser({ role: 'admin' }));
    const [, b, c] = people;
    await b.client.post(path('details'), { full_name: 'Louis Fontaine', phone: '0600000000', needs: '', share_details: 'on' });
    await c.client.post(path('details'), { full_name: 'Sarah Okafor', phone: '0611111111', needs: 'Fauteuil' });
    expect((await b.client.get(path('organise'))).status).toBe(403);
    const code = (await registration(b.user.id))!.code;
    const checked = await (await admin.post(path('door'), { code: `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}` })).text();
    expect(checked).toContain('Code valable\u202F: présence enregistrée');
    expect(checked).toContain('1 présents sur 2 inscrits.');
    expect(await (await admin.post(path('door'), { code })).text()).toContain('déjà passé');
    const waitingCode = (await registration(people[0].user.id))!.code;
    expect(await (await admin.post(path('door'), { code: waitingCode })).text()).toContain('liste d’attente\u202F: pas de place confirmée');
    expect(await (await admin.post(path('door'), { code: 'ZZZZZZZZ' })).text()).toContain('ne correspond à aucune inscription');
    expect((await admin.post(path('door'), { code: '' })).status).toBe(400);
    const csv = await (await admin.get(path('registrations.csv'))).text();
    expect(csv).toContain('Louis Fontaine');
    expect(csv).toContain('0600000000');
    expect(csv).not.toContain('Sarah Okafor');
    expect(csv).not.toContain('0611111111');
    expect(csv).not.toContain('@');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(4);
  });
});

describe('seats under pressure', () => {
  it('never gives more seats than the capacity when many register at once', async () => {
    const g = await createMeetingFixture(ctx.deps.db, { capacity: 3 });
    const clients = await Promise.all(Array.from({ length: 8 }, async () => ctx.client().signInAs(ctx, await ctx.createUser())));
    const results = await Promise.all(clients.map((cl) => cl.post(`/meetings/${g.meetingId}/register`)));
    expect(results.every((r) => r.status === 303)).toBe(true);
    const rows = await ctx.deps.db.selectFrom('meeting_registration').select('status').where('meeting_id', '=', g.meetingId).execute();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waiting')).toHaveLength(5);
  });

  it('refuses registering once the meeting has started, and when the component closes registrations', async () => {
    const started = await createMeetingFixture(ctx.deps.db, { starts_at: new Date(Date.now() - 60_000).toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await people[0].client.post(`/meetings/${started.meetingId}/register`)).status).toBe(409);
    const closed = await createMeetingFixture(ctx.deps.db, {}, { registrationsEnabled: false });
    expect((await people[0].client.post(`/meetings/${closed.meetingId}/register`)).status).toBe(409);
    expect(await (await people[0].client.get(`/meetings/${closed.meetingId}`)).text()).toContain('Les inscriptions à ces réunions sont fermées.');
    expect(await ctx.deps.db.selectFrom('meeting_registration').select('id').where('meeting_id', 'in', [started.meetingId, closed.meetingId]).execute()).toEqual([]);
  });
});

describe('a meeting kept for verified residents', () => {
  it('tells an unverified resident how to get verified, refuses them, and registers them once verified', async () => {
    const g = await createMeetingFixture(ctx.deps.db, {}, {});
    await ctx.deps.db.updateTable('component').set({ settings: JSON.stringify({ global: {}, phases: {}, requirements: { register: { method: 'any', neighbourhood: false } } }) }).where('id', '=', g.componentId).execute();
    const person = await ctx.createUser();
    const client = await ctx.client().signInAs(ctx, person);
    const page = await (await client.get(`/meetings/${g.meetingId}`)).text();
    expect(page).toContain(`/verification?return_to=%2Fmeetings%2F${g.meetingId}`);
    expect(page).not.toContain(`action="/meetings/${g.meetingId}/register"`);
    expect((await client.post(`/meetings/${g.meetingId}/register`)).status).toBe(403);
    expect(await ctx.deps.db.selectFrom('meeting_registration').select('id').where('meeting_id', '=', g.meetingId).execute()).toEqual([]);
    const now = new Date();
    await ctx.deps.db
      .insertInto('identity_verification')
      .values({ id: 'v-1', user_id: person.id, method: 'desk', neighbourhood_id: null, person_hmac: 'h'.repeat(64), verified_at: now.toISOString(), expires_at: new Date(now.getTime() + 86_400_000).toISOString(), verified_by: null })
      .execute();
    expect((await client.post(`/meetings/${g.meetingId}/register`)).status).toBe(303);
    expect((await registration2(g.meetingId, person.id))?.status).toBe('confirmed');
  });
});

const registration2 = (meetingId: string, userId: string) => ctx.deps.db.selectFrom('meeting_registration').select('status').where('meeting_id', '=', meetingId).where('user_id', '=', userId).executeTakeFirst();
