import { Hono } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { localized } from '../../platform/i18n/index.ts';
import { findProcessBySlug } from '../processes/index.ts';
import { loadMeeting } from './access.ts';
import { cityFeedName, meetingFeed } from './calendar.ts';
import { listMeetings } from './queries.ts';

/** iCalendar files: one per meeting, a feed per process, and the whole city's at `/calendar.ics`. */
export const calendarRoutes = new Hono<AppEnv>();

// Feeds reach back a year: a calendar keeps past meetings, but an endless list would only grow.
const FEED_HISTORY_DAYS = 365;
const feedSince = () => new Date(Date.now() - FEED_HISTORY_DAYS * 86_400_000).toISOString();

const calendarHeaders = (file: string) => ({ 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `inline; filename="${file}"`, 'Cache-Control': 'public, max-age=300' });

calendarRoutes.get('/calendar.ics', async (c) => {
  const meetings = await listMeetings(c.var.deps.db, { publishedOnly: true, endsAfter: feedSince() });
  return c.body(meetingFeed(c.var.deps.config, c.var.locale, cityFeedName(c.var.locale), meetings), 200, calendarHeaders('cocity.ics'));
});

calendarRoutes.get('/processes/:slug/calendar.ics', async (c) => {
  const process = await findProcessBySlug(c.var.deps.db, c.req.param('slug'));
  if (!process || process.published !== 1) throw notFound();
  const meetings = await listMeetings(c.var.deps.db, { processId: process.id, publishedOnly: true, endsAfter: feedSince() });
  const name = localized(c.var.locale, process.title_fr, process.title_en);
  return c.body(meetingFeed(c.var.deps.config, c.var.locale, name, meetings), 200, calendarHeaders(`${process.slug}.ics`));
});

calendarRoutes.get('/meetings/:id/event.ics', async (c) => {
  const { meeting } = await loadMeeting(c, c.req.param('id'));
  const name = localized(c.var.locale, meeting.title_fr, meeting.title_en);
  return c.body(meetingFeed(c.var.deps.config, c.var.locale, name, [meeting]), 200, { ...calendarHeaders(`meeting-${meeting.id}.ics`), 'Cache-Control': 'no-cache' });
});
