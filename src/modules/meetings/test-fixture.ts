import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A published process with a meetings component and one meeting (in person, two seats, starting in two days unless told). */
export interface MeetingFixture {
  processId: string;
  processSlug: string;
  componentId: string;
  meetingId: string;
}

/** Writes the process, its component and a meeting with these columns changed. */
export async function createMeetingFixture(db: Kysely<Database>, meeting: Partial<Database['meeting']> & { capacity?: number | null } = {}, settings: Record<string, unknown> = {}): Promise<MeetingFixture> {
  const now = new Date();
  const stamp = now.toISOString();
  const [processId, componentId, meetingId] = [randomUUID(), randomUUID(), randomUUID()];
  const processSlug = `meetings-${processId.slice(0, 8)}`;
  await db
    .insertInto('process')
    .values({ id: processId, slug: processSlug, title_fr: 'Quartier des Tilleuls', title_en: 'Tilleuls district', summary_fr: 'Test', summary_en: '', body_fr: '', body_en: '', scope: 'city', published: 1, hero_upload_id: null, hero_alt_fr: '', hero_alt_en: '', manual_phase_id: null, created_at: stamp, updated_at: stamp })
    .execute();
  await db.insertInto('component').values({ id: componentId, process_id: processId, type: 'meetings', name_fr: 'Réunions', name_en: 'Meetings', position: 1, settings: JSON.stringify({ global: settings, phases: {} }), published: 1, created_at: stamp }).execute();
  await addMeeting(db, componentId, { id: meetingId, ...meeting });
  return { processId, processSlug, componentId, meetingId };
}

/** Adds a meeting to a component (defaults: in person, two seats, in two days from 18:00 to 20:00 UTC). */
export async function addMeeting(db: Kysely<Database>, componentId: string, meeting: Partial<Database['meeting']> & { capacity?: number | null } = {}): Promise<string> {
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setUTCHours(18, 0, 0, 0);
  const id = (meeting.id as string | undefined) ?? randomUUID();
  const stamp = new Date().toISOString();
  await db
    .insertInto('meeting')
    .values({
      id, component_id: componentId, title_fr: 'Atelier ; places, virgules', title_en: 'Workshop; seats, commas', description_fr: 'Une description\nsur deux lignes.', description_en: '',
      mode: 'in-person', address: '4 rue des Écoles, Bellerive', step_free: 1, induction_loop: 0, sign_language: 0, childcare: 1, online_url: '',
      starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 2 * 3_600_000).toISOString(), time_zone: 'Europe/Paris',
      organiser_org_id: null, access: 'registration', capacity: 2, attendance_total: null, created_at: stamp, updated_at: stamp,
      ...(meeting as object),
    } as Database['meeting'] & { id: string })
    .execute();
  return id;
}
