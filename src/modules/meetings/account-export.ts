import type { ExportSection } from '../accounts/index.ts';

// Everything cocity keeps about the person's registrations, details included (they are the person's data).
const meetingRegistrations: ExportSection = async (db, userId) => [
  'meetingRegistrations',
  await db
    .selectFrom('meeting_registration')
    .innerJoin('meeting', 'meeting.id', 'meeting_registration.meeting_id')
    .select(['meeting.id as meeting', 'meeting.title_fr as title', 'meeting.starts_at as start', 'meeting_registration.status', 'meeting_registration.code', 'meeting_registration.queued_at', 'meeting_registration.confirmed_at', 'meeting_registration.cancelled_at', 'meeting_registration.checked_in_at', 'meeting_registration.reminded_at', 'meeting_registration.full_name', 'meeting_registration.phone', 'meeting_registration.needs', 'meeting_registration.share_details'])
    .where('meeting_registration.user_id', '=', userId)
    .orderBy('meeting.starts_at')
    .execute(),
];

/** What the meetings module adds to "download my data": the person's registrations. */
export const meetingExportSections: ExportSection[] = [meetingRegistrations];
