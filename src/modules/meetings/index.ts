import { defineModule } from '../define-module.ts';
import { releaseRegistrations } from './account-deletion.ts';
import { meetingExportSections } from './account-export.ts';
import { registerMeetingsApi } from './api.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { meetingComponent } from './component.tsx';
import { manageRoutes } from './manage-routes.tsx';
import { meetingsMessages } from './messages.ts';
import * as createMeetings from './migration.ts';
import * as addMeetingLocation from './migration-location.ts';
import { organiseRoutes } from './organise-routes.tsx';
import { meetingRoutes } from './routes.tsx';
import { seedDemoMeetings } from './seed.ts';

/**
 * The meetings component: meetings in person, online or hybrid, with registrations, a first-come
 * waitlist promoted automatically, codes checked at the door, calendars (iCalendar), minutes,
 * attendance, proposals born in a meeting, and reminders the day before (`cocity meetings remind`).
 */
export const meetingsModule = defineModule({
  name: 'meetings',
  routes: [
    { path: '/', router: calendarRoutes },
    { path: '/meetings', router: manageRoutes },
    { path: '/meetings', router: organiseRoutes },
    { path: '/meetings', router: meetingRoutes },
  ],
  api: registerMeetingsApi,
  messages: meetingsMessages,
  component: meetingComponent,
  exportSections: meetingExportSections,
  demoSeed: ({ db, people }) => seedDemoMeetings(db, people),
  accountDeletion: releaseRegistrations,
  migrations: { '028_meetings': createMeetings, '040_meeting_location': addMeetingLocation },
});

/** What other modules may use from meetings: the next meetings (home page), a proposal's meeting, and the reminder run. */
export { listMeetings, type ListedMeeting } from './queries.ts';
export { meetingOrigin } from './origin.ts';
export { MeetingList } from './views/meeting-list.tsx';
export { MeetingOriginLine } from './views/origin-line.tsx';
export { sendMeetingReminders, type ReminderReport } from './reminders.ts';
