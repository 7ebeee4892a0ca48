import { z } from 'zod';
import type { FormValues } from '../../platform/form.ts';
import { checkLocationPair, locationFields } from '../geography/index.ts';
import type { MeetingRow } from './queries.ts';
import { instantToZoned, isTimeZone, zonedToInstant } from './times.ts';

export const meetingModes = ['in-person', 'online', 'hybrid'] as const;
export const meetingAccess = ['open', 'registration'] as const;

/** The organiser choice meaning "the city" (a required select cannot have an empty first option). */
export const CITY_ORGANISER = 'city';

const checkbox = z.literal('on').optional().transform((v) => (v === 'on' ? 1 : 0));
const localTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'meetings.form.timeInvalid');

/** The meeting form: texts, mode and place, times typed in the meeting's zone, organiser, entry and seats. */
export const meetingInput = z
  .object({
    title_fr: z.string().trim().min(1).max(200),
    title_en: z.string().trim().max(200).default(''),
    description_fr: z.string().trim().max(5000).default(''),
    description_en: z.string().trim().max(5000).default(''),
    mode: z.enum(meetingModes),
    address: z.string().trim().max(300).default(''),
    // Where an in-person meeting is, for its locator map: a neighbourhood and a point, both optional.
    neighbourhood_id: z.string().trim().max(80).default('').transform((v) => v || null),
    ...locationFields,
    step_free: checkbox,
    induction_loop: checkbox,
    sign_language: checkbox,
    childcare: checkbox,
    online_url: z.string().trim().max(500).regex(/^(https:\/\/\S+)?$/, 'meetings.form.urlInvalid').default(''),
    starts_local: localTime,
    ends_local: localTime,
    time_zone: z.string().trim().refine(isTimeZone, 'meetings.form.zoneInvalid'),
    organiser: z.string().trim().max(100).default(CITY_ORGANISER).transform((v) => (v === CITY_ORGANISER ? '' : v)),
    access: z.enum(meetingAccess),
    capacity: z
      .string()
      .trim()
      .regex(/^\d{0,6}$/, 'meetings.form.capacityInvalid')
      .transform((v) => (v === '' ? null : Number(v)))
      .refine((v) => v === null || v >= 1, 'meetings.form.capacityInvalid'),
  })
  .superRefine((v, ctx) => {
    checkLocationPair(v, ctx);
    if (v.mode !== 'online' && !v.address) ctx.addIssue({ code: 'custom', path: ['address'], message: 'meetings.form.addressRequired' });
    // zod runs this even when a field failed: times are read only in a zone that exists.
    if (!isTimeZone(v.time_zone)) return;
    const start = zonedToInstant(v.starts_local, v.time_zone);
    const end = zonedToInstant(v.ends_local, v.time_zone);
    if (!start) ctx.addIssue({ code: 'custom', path: ['starts_local'], message: 'meetings.form.timeInvalid' });
    else if (!end) ctx.addIssue({ code: 'custom', path: ['ends_local'], message: 'meetings.form.timeInvalid' });
    else if (end <= start) ctx.addIssue({ code: 'custom', path: ['ends_local'], message: 'meetings.form.endBeforeStart' });
  });

export type MeetingInput = z.output<typeof meetingInput>;

/** The columns a valid form writes (times as UTC instants; the organiser id checked by the caller). */
export function meetingColumns(input: MeetingInput) {
  const { starts_local, ends_local, organiser, ...rest } = input;
  return { ...rest, starts_at: zonedToInstant(starts_local, input.time_zone)!, ends_at: zonedToInstant(ends_local, input.time_zone)!, organiser_org_id: organiser || null };
}

/** A stored meeting as form values (times shown in its zone). */
export function meetingFormValues(m: MeetingRow): FormValues {
  const box = (v: number) => (v ? { on: 'on' } : {});
  const values: FormValues = {
    title_fr: m.title_fr,
    title_en: m.title_en,
    description_fr: m.description_fr,
    description_en: m.description_en,
    mode: m.mode,
    address: m.address,
    neighbourhood_id: m.neighbourhood_id ?? '',
    latitude: m.latitude === null ? '' : String(m.latitude),
    longitude: m.longitude === null ? '' : String(m.longitude),
    online_url: m.online_url,
    starts_local: instantToZoned(m.starts_at, m.time_zone),
    ends_local: instantToZoned(m.ends_at, m.time_zone),
    time_zone: m.time_zone,
    organiser: m.organiser_org_id ?? CITY_ORGANISER,
    access: m.access,
    capacity: m.capacity === null ? '' : String(m.capacity),
  };
  for (const f of ['step_free', 'induction_loop', 'sign_language', 'childcare'] as const) if (box(m[f]).on) values[f] = 'on';
  return values;
}
