import type { AppDeps } from '../../platform/context.ts';
import { reminderMail } from './mails.ts';
import { findMeeting } from './queries.ts';

/** What one reminder run did. */
export interface ReminderReport {
  mailsSent: number;
  failures: number;
  detailsErased: number;
}

/** Reminders go to meetings starting within this window: run the command once a day and each seat gets one. */
const REMINDER_WINDOW_HOURS = 24;
/** Names, phone numbers and needs are erased this long after a meeting ends; the anonymous figures stay. */
export const DETAILS_KEPT_DAYS = 30;

/**
 * Emails every person holding a seat at a meeting that starts within the next 24 hours, once: each
 * registration is claimed (reminded_at set) before its mail is sent, so runs that overlap or repeat
 * never mail twice; a failed mail releases it for the next run. Then erases the personal details of
 * registrations whose meeting ended more than 30 days ago (a deleted account's go with the deletion
 * itself: account-deletion.ts).
 */
export async function sendMeetingReminders(deps: Pick<AppDeps, 'db' | 'mailer' | 'config' | 'log'>, now = new Date()): Promise<ReminderReport> {
  const until = new Date(now.getTime() + REMINDER_WINDOW_HOURS * 3_600_000).toISOString();
  const due = await deps.db
    .selectFrom('meeting_registration')
    .innerJoin('meeting', 'meeting.id', 'meeting_registration.meeting_id')
    .innerJoin('user', 'user.id', 'meeting_registration.user_id')
    .select(['meeting_registration.id', 'meeting_registration.meeting_id', 'meeting_registration.code', 'user.email', 'user.locale'])
    .where('meeting_registration.status', '=', 'confirmed')
    .where('meeting_registration.reminded_at', 'is', null)
    .where('meeting.starts_at', '>', now.toISOString())
    .where('meeting.starts_at', '<=', until)
    .where('user.deletedAt', 'is', null)
    .orderBy('meeting.starts_at')
    .execute();
  const report: ReminderReport = { mailsSent: 0, failures: 0, detailsErased: 0 };
  const meetings = new Map<string, Awaited<ReturnType<typeof findMeeting>>>();
  for (const row of due) {
    const claimed = await deps.db.updateTable('meeting_registration').set({ reminded_at: now.toISOString() }).where('id', '=', row.id).where('reminded_at', 'is', null).where('status', '=', 'confirmed').executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue; // another run took it, or the person cancelled meanwhile
    if (!meetings.has(row.meeting_id)) meetings.set(row.meeting_id, await findMeeting(deps.db, row.meeting_id));
    const meeting = meetings.get(row.meeting_id)!;
    try {
      await deps.mailer.send(reminderMail(deps.config, row, meeting, row.code));
      report.mailsSent += 1;
    } catch (err) {
      report.failures += 1;
      deps.log.warn({ err, meetingId: row.meeting_id }, 'meeting reminder mail failed');
      await deps.db.updateTable('meeting_registration').set({ reminded_at: null }).where('id', '=', row.id).execute();
    }
  }
  report.detailsErased = await eraseOldDetails(deps, now);
  return report;
}

/**
 * Erases names, phones and needs kept past their time (30 days after the meeting), and any left on a
 * deleted account (accounts deleted before deletion erased them in its own transaction).
 */
export async function eraseOldDetails(deps: Pick<AppDeps, 'db'>, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - DETAILS_KEPT_DAYS * 86_400_000).toISOString();
  const result = await deps.db
    .updateTable('meeting_registration')
    .set({ full_name: '', phone: '', needs: '', share_details: 0 })
    .where((eb) => eb.or([eb('full_name', '!=', ''), eb('phone', '!=', ''), eb('needs', '!=', '')]))
    .where((eb) =>
      eb.or([
        eb('meeting_id', 'in', eb.selectFrom('meeting').select('id').where('ends_at', '<', cutoff)),
        eb('user_id', 'in', eb.selectFrom('user').select('id').where('deletedAt', 'is not', null)),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
