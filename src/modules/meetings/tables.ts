/** Row types of the meetings module's tables (migration 028_meetings), added to the app's Database type. */
import type { Generated } from 'kysely';

/** A meeting of a process's meetings component. Times are ISO instants (UTC); `time_zone` says how to show them. */
export interface MeetingTable {
  id: string;
  component_id: string;
  title_fr: string;
  title_en: string;
  description_fr: string;
  description_en: string;
  /** 'in-person' | 'online' | 'hybrid'. */
  mode: string;
  address: string;
  /** Where an in-person meeting is (040_meeting_location): its neighbourhood and point on the city's map, each optional. */
  neighbourhood_id: string | null;
  latitude: number | null;
  longitude: number | null;
  step_free: number;
  induction_loop: number;
  sign_language: number;
  childcare: number;
  /** The video-call address, shown only to people holding a seat, from shortly before the start. */
  online_url: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  /** The organising organisation; null when the city organises. */
  organiser_org_id: string | null;
  /** 'open' (anyone may come; registering is optional) | 'registration' (registration required). */
  access: string;
  /** Seats; null when there is no limit. */
  capacity: number | null;
  /** How many people came in all (registered or not), as the organiser counted them; null until given. */
  attendance_total: number | null;
  created_at: string;
  updated_at: string;
}

/**
 * One person's registration. `status`: 'confirmed' (holds a seat), 'waiting' (on the waitlist, in
 * `queued_at` order) or 'cancelled'. Personal details exist only while a seat is confirmed, and only
 * `share_details` = 1 lets the organiser's export show them.
 */
export interface MeetingRegistrationTable {
  id: string;
  meeting_id: string;
  user_id: string;
  status: string;
  code: string;
  queued_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
  checked_in_at: string | null;
  reminded_at: string | null;
  full_name: string;
  phone: string;
  needs: string;
  share_details: Generated<number>;
}

/** One version of a meeting's minutes; a version with `approved_on` is published. */
export interface MeetingMinutesTable {
  id: string;
  meeting_id: string;
  version: number;
  body_fr: string;
  body_en: string;
  approved_on: string | null;
  created_at: string;
  created_by: string | null;
}

declare module '../../db/schema.ts' {
  interface Database {
    meeting: MeetingTable;
    meeting_registration: MeetingRegistrationTable;
    meeting_minutes: MeetingMinutesTable;
  }
}

declare module '../../db/tables/proposals.ts' {
  interface ProposalTable {
    /** The meeting the proposal was born in (set by the meeting's organiser); null for most proposals. */
    meeting_id?: string | null;
  }
}
