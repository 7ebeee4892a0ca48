import type { Config, Locale } from '../../config.ts';
import { localized, translator } from '../../platform/i18n/index.ts';
import { calendarText, type CalendarEvent } from './ics.ts';
import { meetingUrl, whereText } from './mails.ts';
import type { MeetingRow } from './queries.ts';

/** A meeting as a calendar event in the reader's language; the UID stays the same across edits and languages. */
export function meetingEvent(config: Pick<Config, 'baseUrl'>, locale: Locale, meeting: MeetingRow): CalendarEvent {
  const url = meetingUrl(config, meeting.id);
  const description = localized(locale, meeting.description_fr, meeting.description_en);
  return {
    uid: `meeting-${meeting.id}@${new URL(config.baseUrl).host}`,
    start: meeting.starts_at,
    end: meeting.ends_at,
    summary: localized(locale, meeting.title_fr, meeting.title_en),
    description: description ? `${description}\n\n${url}` : url,
    location: whereText(locale, meeting),
    url,
    updated: meeting.updated_at,
  };
}

/** A feed of meetings as iCalendar text, named for where it comes from. */
export function meetingFeed(config: Pick<Config, 'baseUrl'>, locale: Locale, name: string, meetings: MeetingRow[], now = new Date()): string {
  return calendarText(name, meetings.map((m) => meetingEvent(config, locale, m)), now);
}

/** The display name of the whole city's feed. */
export const cityFeedName = (locale: Locale): string => translator(locale)('meetings.calendar.cityName');
