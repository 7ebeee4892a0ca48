import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { MeetingMinutesTable, MeetingRegistrationTable, MeetingTable } from './tables.ts';

export type MeetingRow = Selectable<MeetingTable>;
export type RegistrationRow = Selectable<MeetingRegistrationTable>;
export type MinutesRow = Selectable<MeetingMinutesTable>;

/** How many hold a seat, wait, and were checked in at the door. */
export interface SeatCounts {
  registered: number;
  waitlist: number;
  checkedIn: number;
}

/** A meeting with where it lives (its process, for links) and its counts. */
export interface ListedMeeting extends MeetingRow {
  process_slug: string;
  process_title_fr: string;
  process_title_en: string;
  organiser_name: string | null;
  counts: SeatCounts;
}

/** A meeting by id. */
export function findMeeting(db: Kysely<Database>, id: string): Promise<MeetingRow | undefined> {
  return db.selectFrom('meeting').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Seat counts of several meetings in one query (meetings without registrations count zeros). */
export async function seatCounts(db: Kysely<Database>, meetingIds: string[]): Promise<Map<string, SeatCounts>> {
  const out = new Map<string, SeatCounts>(meetingIds.map((id) => [id, { registered: 0, waitlist: 0, checkedIn: 0 }]));
  if (meetingIds.length === 0) return out;
  const rows = await db
    .selectFrom('meeting_registration')
    .select((eb) => ['meeting_id', 'status', eb.fn.countAll<number>().as('n'), eb.fn.count<number>('checked_in_at').as('checked')])
    .where('meeting_id', 'in', meetingIds)
    .where('status', 'in', ['confirmed', 'waiting'])
    .groupBy(['meeting_id', 'status'])
    .execute();
  for (const row of rows) {
    const counts = out.get(row.meeting_id)!;
    if (row.status === 'confirmed') {
      counts.registered = Number(row.n);
      counts.checkedIn = Number(row.checked);
    } else counts.waitlist = Number(row.n);
  }
  return out;
}

/** Which meetings to list: of one component or process, only published ones, from or before an instant. */
export interface MeetingFilter {
  componentId?: string;
  processId?: string;
  /** Leave out unpublished processes and components (public lists, feeds and the API). */
  publishedOnly: boolean;
  endsAfter?: string;
  endsBefore?: string;
  limit?: number;
  newestFirst?: boolean;
}

/** Meetings with their process and counts: two queries whatever the number. */
export async function listMeetings(db: Kysely<Database>, filter: MeetingFilter): Promise<ListedMeeting[]> {
  let query = db
    .selectFrom('meeting')
    .innerJoin('component', 'component.id', 'meeting.component_id')
    .innerJoin('process', 'process.id', 'component.process_id')
    .leftJoin('organisation', 'organisation.id', 'meeting.organiser_org_id')
    .selectAll('meeting')
    .select(['process.slug as process_slug', 'process.title_fr as process_title_fr', 'process.title_en as process_title_en', 'organisation.name as organiser_name'])
    .where('component.type', '=', 'meetings');
  if (filter.componentId) query = query.where('meeting.component_id', '=', filter.componentId);
  if (filter.processId) query = query.where('component.process_id', '=', filter.processId);
  if (filter.publishedOnly) query = query.where('process.published', '=', 1).where('component.published', '=', 1);
  if (filter.endsAfter) query = query.where('meeting.ends_at', '>', filter.endsAfter);
  if (filter.endsBefore) query = query.where('meeting.ends_at', '<=', filter.endsBefore);
  query = query.orderBy('meeting.starts_at', filter.newestFirst ? 'desc' : 'asc').orderBy('meeting.id');
  if (filter.limit) query = query.limit(filter.limit);
  const rows = await query.execute();
  const counts = await seatCounts(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, counts: counts.get(r.id)! }));
}

/** This person's registration for a meeting, if any (cancelled ones included). */
export function findRegistration(db: Kysely<Database>, meetingId: string, userId: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('meeting_registration').selectAll().where('meeting_id', '=', meetingId).where('user_id', '=', userId).executeTakeFirst();
}

/** A person's place on the waitlist (1 = next to get a seat). */
export async function waitlistPosition(db: Kysely<Database>, registration: Pick<RegistrationRow, 'meeting_id' | 'queued_at' | 'id'>): Promise<number> {
  const ahead = await db
    .selectFrom('meeting_registration')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', '=', registration.meeting_id)
    .where('status', '=', 'waiting')
    .where((eb) => eb.or([eb('queued_at', '<', registration.queued_at), eb.and([eb('queued_at', '=', registration.queued_at), eb('id', '<', registration.id)])]))
    .executeTakeFirstOrThrow();
  return Number(ahead.n) + 1;
}

/** The registrations of a meeting for its organiser: seats first, then the waitlist in order. */
export function listRegistrations(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('meeting_registration')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('status', 'in', ['confirmed', 'waiting'])
    .orderBy('status')
    .orderBy('queued_at')
    .orderBy('id')
    .execute();
}

/** Every version of a meeting's minutes, newest first. */
export function listMinutes(db: Kysely<Database>, meetingId: string): Promise<MinutesRow[]> {
  return db.selectFrom('meeting_minutes').selectAll().where('meeting_id', '=', meetingId).orderBy('version', 'desc').execute();
}

/** The proposals born in a meeting (visible ones: not hidden, not withdrawn). */
export function listMeetingProposals(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('proposal')
    .innerJoin('component', 'component.id', 'proposal.component_id')
    .innerJoin('process', 'process.id', 'proposal.process_id')
    .select(['proposal.id', 'proposal.title', 'proposal.component_id', 'process.slug as process_slug'])
    .where('proposal.meeting_id', '=', meetingId)
    .where('proposal.hidden_at', 'is', null)
    .where('proposal.withdrawn_at', 'is', null)
    .orderBy('proposal.created_at')
    .execute();
}
