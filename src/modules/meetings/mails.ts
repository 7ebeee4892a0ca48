import type { Config, Locale } from '../../config.ts';
import { translator } from '../../platform/i18n/index.ts';
import type { MailMessage } from '../../platform/mail.ts';
import { displayCode } from './registration-code.ts';
import type { MeetingRow } from './queries.ts';
import { formatMeetingTime, ONLINE_LINK_LEAD_MINUTES } from './times.ts';

/** The person a meeting mail goes to. */
export interface MailPerson {
  email: string;
  locale: string | null;
}

const localeOf = (person: MailPerson): Locale => (person.locale === 'en' ? 'en' : 'fr');

/** The address of a meeting's public page. */
export const meetingUrl = (config: Pick<Config, 'baseUrl'>, meetingId: string): string => `${config.baseUrl}/meetings/${meetingId}`;

/** Where the meeting happens, in words: its address, online, or both. */
export function whereText(locale: Locale, meeting: Pick<MeetingRow, 'mode' | 'address'>): string {
  const t = translator(locale);
  if (meeting.mode === 'online') return t('meetings.where.online');
  if (meeting.mode === 'hybrid') return `${meeting.address} — ${t('meetings.where.alsoOnline')}`;
  return meeting.address;
}

function body(config: Config, locale: Locale, meeting: MeetingRow, code: string, opening: string): string {
  const t = translator(locale);
  const title = locale === 'en' && meeting.title_en.trim() ? meeting.title_en : meeting.title_fr;
  return [
    opening,
    '',
    title,
    `${t('meetings.mail.when')} ${formatMeetingTime(locale, meeting.starts_at, meeting.time_zone)}`,
    `${t('meetings.mail.where')} ${whereText(locale, meeting)}`,
    `${t('meetings.mail.code')} ${displayCode(code)}`,
    ...(meeting.mode !== 'in-person' ? [t('meetings.mail.onlineLink', { minutes: ONLINE_LINK_LEAD_MINUTES })] : []),
    '',
    `${t('meetings.mail.details')} ${meetingUrl(config, meeting.id)}`,
    `${t('meetings.mail.cancel')}`,
  ].join('\n');
}

/** "A seat freed up: you are registered", sent to the person promoted from the waitlist. */
export function promotionMail(config: Config, person: MailPerson, meeting: MeetingRow, code: string): MailMessage {
  const locale = localeOf(person);
  const t = translator(locale);
  const title = locale === 'en' && meeting.title_en.trim() ? meeting.title_en : meeting.title_fr;
  return { to: person.email, subject: t('meetings.mail.promotedSubject', { title }), text: body(config, locale, meeting, code, t('meetings.mail.promoted')) };
}

/** The reminder sent the day before to each person holding a seat. */
export function reminderMail(config: Config, person: MailPerson, meeting: MeetingRow, code: string): MailMessage {
  const locale = localeOf(person);
  const t = translator(locale);
  const title = locale === 'en' && meeting.title_en.trim() ? meeting.title_en : meeting.title_fr;
  return { to: person.email, subject: t('meetings.mail.reminderSubject', { title }), text: body(config, locale, meeting, code, t('meetings.mail.reminder')) };
}
