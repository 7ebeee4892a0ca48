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

/** Adds `GET /api/v1/meetings`. */
export function registerMeetingsApi(api: OpenAPIHono<AppEnv>): void {
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
