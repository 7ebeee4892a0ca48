import type { Locale } from '../../config.ts';

/** The zone a new meeting's times are typed in, unless the organiser picks another (the demo city is in France). */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** How long before the start the online link appears to people holding a seat (it stays until the end). */
export const ONLINE_LINK_LEAD_MINUTES = 30;

/** Whether a name is a time zone this Node.js knows (an IANA name such as Europe/Paris). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name);
  } catch {
    return false;
  }
}

const FORMATS = {
  parts: { hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' },
  full: { dateStyle: 'full', timeStyle: 'short' },
  timeOfDay: { timeStyle: 'short' },
  zoneName: { timeZoneName: 'short' },
  longDate: { dateStyle: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

// Building an Intl.DateTimeFormat costs ~0.1 ms, formatting with one a few µs: a page listing meetings built a
// dozen per request, so each (language, zone, format) keeps its own. Zones are validated names, so the map stays small.
function formatter(tag: 'en-GB' | 'fr-FR', zone: string, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${tag}|${zone}|${format}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(tag, { ...FORMATS[format], timeZone: zone })));
  return found;
}
const tagOf = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'fr-FR');

// The wall-clock time in a zone at an instant, read back as if it were UTC: the difference is the zone's offset.
function offsetMinutes(instant: Date, zone: string): number {
  const parts = formatter('en-GB', zone, 'parts').formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - instant.getTime()) / 60_000);
}

/**
 * The instant (ISO, UTC) of a wall-clock time `YYYY-MM-DDTHH:MM` in a zone. Twice, because the offset at
 * the guess may differ from the offset at the answer around a daylight-saving change; a time that does
 * not exist (skipped by the change) lands just after it.
 */
export function zonedToInstant(local: string, zone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== d) return null;
  let guess = asUtc - offsetMinutes(new Date(asUtc), zone) * 60_000;
  guess = asUtc - offsetMinutes(new Date(guess), zone) * 60_000;
  return new Date(guess).toISOString();
}

/** The wall-clock time `YYYY-MM-DDTHH:MM` of an instant in a zone (what a datetime-local field shows). */
export function instantToZoned(iso: string, zone: string): string {
  const instant = new Date(iso);
  return new Date(instant.getTime() + offsetMinutes(instant, zone) * 60_000).toISOString().slice(0, 16);
}

/** An instant as a reader sees it: long date, time and the zone's short name (e.g. "12 décembre 2026 à 18:30 UTC+1"). */
export function formatMeetingTime(locale: Locale, iso: string, zone: string): string {
  return formatter(tagOf(locale), zone, 'full').format(new Date(iso)) + ` (${zoneLabel(locale, iso, zone)})`;
}

/** The time of day only, in the zone (for the end of a meeting on the same day). */
export function formatTimeOfDay(locale: Locale, iso: string, zone: string): string {
  return formatter(tagOf(locale), zone, 'timeOfDay').format(new Date(iso));
}

function zoneLabel(locale: Locale, iso: string, zone: string): string {
  const parts = formatter(tagOf(locale), zone, 'zoneName').formatToParts(new Date(iso));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** Whether two instants fall on the same day in the zone. */
export function sameDay(a: string, b: string, zone: string): boolean {
  return instantToZoned(a, zone).slice(0, 10) === instantToZoned(b, zone).slice(0, 10);
}

/** Whether the online link may be shown now: from ONLINE_LINK_LEAD_MINUTES before the start until the end. */
export function onlineLinkOpen(meeting: { starts_at: string; ends_at: string }, now = new Date()): boolean {
  const opens = new Date(meeting.starts_at).getTime() - ONLINE_LINK_LEAD_MINUTES * 60_000;
  return now.getTime() >= opens && now.getTime() <= new Date(meeting.ends_at).getTime();
}

/** The day of an instant in the zone, as a long date ("23 novembre 2026"). */
export function formatMeetingDay(locale: Locale, iso: string, zone: string): string {
  return formatter(tagOf(locale), zone, 'longDate').format(new Date(iso));
}
