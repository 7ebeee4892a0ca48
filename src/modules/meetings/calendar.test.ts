import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { calendarText, escapeText, foldLine } from './ics.ts';
import { addMeeting, createMeetingFixture, type MeetingFixture } from './test-fixture.ts';

let ctx: TestContext;
let f: MeetingFixture;
let hiddenMeeting: string;

const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');

beforeAll(async () => {
  ctx = await createTestContext();
  f = await createMeetingFixture(ctx.deps.db, { mode: 'hybrid', online_url: 'https://visio.example.org/secret-room' });
  await addMeeting(ctx.deps.db, f.componentId, { title_fr: 'Deuxième', mode: 'online', address: '' });
  const draft = await createMeetingFixture(ctx.deps.db);
  await ctx.deps.db.updateTable('process').set({ published: 0 }).where('id', '=', draft.processId).execute();
  hiddenMeeting = draft.meetingId;
});
afterAll(() => ctx.close());

describe('the iCalendar writer', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    const text = calendarText('Agenda', [{ uid: 'u1@x', start: '2026-12-12T17:30:00.000Z', end: '2026-12-12T19:30:00.000Z', summary: `Long ${'é'.repeat(80)}; fin, ici`, description: 'l1\nl2', location: 'Ici, là', url: 'https://x.example/m/1', updated: '2026-12-01T00:00:00.000Z' }]);
    const [event] = events(text);
    expect(event.getFirstPropertyValue('summary')).toBe(`Long ${'é'.repeat(80)}; fin, ici`);
    expect(event.getFirstPropertyValue('description')).toBe('l1\nl2');
    expect(event.getFirstPropertyValue('location')).toBe('Ici, là');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('calendar files', () => {
  it('answers one VEVENT per meeting with UID, DTSTAMP, DTSTART, DTEND, URL and LOCATION, never the online link', async () => {
    const res = await ctx.client().get(`/meetings/${f.meetingId}/event.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    const list = events(text);
    expect(list).toHaveLength(1);
    const event = new ICAL.Event(list[0]);
    const meeting = await ctx.deps.db.selectFrom('meeting').selectAll().where('id', '=', f.meetingId).executeTakeFirstOrThrow();
    expect(event.uid).toBe(`meeting-${f.meetingId}@localhost:3000`);
    expect(event.startDate.toJSDate().toISOString()).toBe(meeting.starts_at);
    expect(event.endDate.toJSDate().toISOString()).toBe(meeting.ends_at);
    expect(event.summary).toBe('Atelier\u202F; places, virgules');
    expect(event.location).toBe('4 rue des Écoles, Bellerive — et en ligne');
    expect(list[0].getFirstPropertyValue('url')).toBe(`http://localhost:3000/meetings/${f.meetingId}`);
    expect(list[0].getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(text).not.toContain('secret-room');
    const english = events(await (await ctx.client().get(`/meetings/${f.meetingId}/event.ics?lang=en`)).text());
    expect(english[0].getFirstPropertyValue('summary')).toBe('Workshop; seats, commas');
  });

  it('publishes a feed per process and the whole city’s, leaving out unpublished processes', async () => {
    const process = events(await (await ctx.client().get(`/processes/${f.processSlug}/calendar.ics`)).text());
    expect(process).toHaveLength(2);
    const city = await ctx.client().get('/calendar.ics');
    expect(city.headers.get('content-type')).toContain('text/calendar');
    const all = events(await city.text());
    expect(all.map((e) => e.getFirstPropertyValue('uid'))).toContain(`meeting-${f.meetingId}@localhost:3000`);
    expect(all.map((e) => e.getFirstPropertyValue('uid'))).not.toContain(`meeting-${hiddenMeeting}@localhost:3000`);
    expect((await ctx.client().get(`/meetings/${hiddenMeeting}/event.ics`)).status).toBe(404);
  });
});

describe('GET /api/v1/meetings', () => {
  it('lists published meetings with counts and absolute addresses, as the contract says', async () => {
    const resident = await ctx.client().signInAs(ctx, await ctx.createUser());
    await resident.post(`/meetings/${f.meetingId}/register`);
    const body = (await (await ctx.client().get('/api/v1/meetings')).json()) as { meetings: Record<string, unknown>[] };
    const mine = body.meetings.find((m) => m.id === f.meetingId)!;
    expect(Object.keys(mine).sort()).toEqual(['capacity', 'end', 'ics', 'id', 'mode', 'registered', 'start', 'title', 'url', 'waitlist']);
    expect(mine).toMatchObject({ title: { fr: 'Atelier ; places, virgules', en: 'Workshop; seats, commas' }, mode: 'hybrid', capacity: 2, registered: 1, waitlist: 0, url: `http://localhost:3000/meetings/${f.meetingId}` });
    expect(body.meetings.some((m) => m.id === hiddenMeeting)).toBe(false);
    const ics = new URL(mine.ics as string);
    const res = await ctx.client().get(ics.pathname);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    expect(events(await res.text())).toHaveLength(1);
    const openapi = (await (await ctx.client().get('/api/v1/openapi.json')).json()) as { paths: Record<string, { get: { servers?: { url: string }[] } }> };
    expect(Object.keys(openapi.paths)).toContain('/meetings');
    expect(openapi.paths['/calendar.ics'].get.servers?.[0].url).toBe('/');
  });
});
