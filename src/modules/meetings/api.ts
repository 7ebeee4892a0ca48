import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../platform/context.ts';
import { meetingModes } from './meeting-input.ts';
import { listMeetings } from './queries.ts';

// The list reaches back as far as the feeds do and forward without limit; older meetings stay on their pages.
const HISTORY_DAYS = 365;

const meetingSchema = z
  .object({
    id: z.string(),
    title: z.object({ fr: z.string(), en: z.string() }),
    start: z.string().openapi({ description: 'ISO 8601 instant (UTC)', example: '2026-12-12T17:30:00.000Z' }),
    end: z.string().openapi({ description: 'ISO 8601 instant (UTC)' }),
    mode: z.enum(meetingModes),
    capacity: z.number().int().nullable().openapi({ description: 'Seats; null when there is no limit' }),
    registered: z.number().int().openapi({ description: 'People holding a seat' }),
    waitlist: z.number().int().openapi({ description: 'People waiting for a seat' }),
    url: z.string().openapi({ description: 'Absolute address of the meeting’s page' }),
    ics: z.string().openapi({ description: 'Absolute address of the meeting’s iCalendar file (text/calendar, one VEVENT)' }),
  })
  .openapi('Meeting');

const route = createRoute({
  method: 'get',
  path: '/meetings',
  tags: ['meetings'],
  summary: 'Meetings of published processes, from a year ago on, in start order (the whole city’s calendar is GET /calendar.ics)',
  responses: {
    200: { description: 'The meetings', content: { 'application/json': { schema: z.object({ meetings: z.array(meetingSchema) }).openapi('MeetingList') } } },
  },
});

const calendar = { 200: { description: 'An iCalendar file (RFC 5545): VEVENTs with UID, DTSTAMP, DTSTART, DTEND (UTC), SUMMARY, LOCATION and URL back to the meeting', content: { 'text/calendar': { schema: z.string() } } } };
// The calendar files live at the site's root, not under /api/v1: a server of their own says so.
const root = [{ url: '/', description: 'The site root (calendar files are not under /api/v1)' }];

/** Adds `GET /api/v1/meetings`, and documents the calendar files (`/calendar.ics`, per process, per meeting) in the OpenAPI document. */
export function registerMeetingsApi(api: OpenAPIHono<AppEnv>): void {
  api.openAPIRegistry.registerPath({ method: 'get', path: '/calendar.ics', tags: ['meetings'], servers: root, summary: 'The whole city’s meetings as an iCalendar feed (from a year ago on)', responses: calendar });
  api.openAPIRegistry.registerPath({ method: 'get', path: '/processes/{slug}/calendar.ics', tags: ['meetings'], servers: root, summary: 'The meetings of one process as an iCalendar feed', request: { params: z.object({ slug: z.string() }) }, responses: { ...calendar, 404: { description: 'No published process has this address' } } });
  api.openAPIRegistry.registerPath({ method: 'get', path: '/meetings/{id}/event.ics', tags: ['meetings'], servers: root, summary: 'One meeting as an iCalendar file with one VEVENT', request: { params: z.object({ id: z.string() }) }, responses: { ...calendar, 404: { description: 'No visible meeting has this id' } } });
  api.openapi(route, async (c) => {
    const base = c.var.deps.config.baseUrl;
    const since = new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString();
    const meetings = await listMeetings(c.var.deps.db, { publishedOnly: true, endsAfter: since });
    return c.json(
      {
        meetings: meetings.map((m) => ({
          id: m.id,
          title: { fr: m.title_fr, en: m.title_en || m.title_fr },
          start: m.starts_at,
          end: m.ends_at,
          mode: m.mode as (typeof meetingModes)[number],
          capacity: m.capacity,
          registered: m.counts.registered,
          waitlist: m.counts.waitlist,
          url: `${base}/meetings/${m.id}`,
          ics: `${base}/meetings/${m.id}/event.ics`,
        })),
      },
      200,
    );
  });
}
