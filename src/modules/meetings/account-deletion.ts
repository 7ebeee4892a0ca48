import type { Transaction } from 'kysely';
import { lockUntilCommit } from '../../db/transaction-lock.ts';
import type { Database } from '../../db/schema.ts';
import type { AccountDeletion, AfterAccountDeletion } from '../define-module.ts';
import { findMeeting, findRegistration, type MeetingRow, type RegistrationRow } from './queries.ts';
import { hasStarted, mailPromotions, promoteWaiting } from './registration-service.ts';

const erased = { full_name: '', phone: '', needs: '', share_details: 0 };

/**
 * What deleting an account does to its meeting registrations, in the deletion's own transaction. At a
 * meeting that has not started, the seat or waitlist place is cancelled (nobody will come for it) and a
 * freed seat goes to the first person waiting, mailed once the deletion has committed. At a meeting that
 * has started or ended, the registration stays, nameless, so the attendance figures stay true. Either
 * way the name, phone and needs are erased now, not at the next reminder run.
 */
export async function releaseRegistrations(trx: Transaction<Database>, { userId, now, deps }: AccountDeletion): Promise<AfterAccountDeletion | void> {
  const meetingIds = (await trx.selectFrom('meeting_registration').select('meeting_id').where('user_id', '=', userId).orderBy('meeting_id').execute()).map((r) => r.meeting_id);
  const promotions: { meeting: MeetingRow; promoted: RegistrationRow[] }[] = [];
  for (const meetingId of meetingIds) {
    // Under the meeting's lock, as registering and cancelling are (in id order, so two deletions never wait on each other crosswise).
    await lockUntilCommit(trx, deps.dialect, `meeting:${meetingId}`);
    const meeting = await findMeeting(trx, meetingId);
    const registration = await findRegistration(trx, meetingId, userId);
    if (!meeting || !registration) continue;
    if (hasStarted(meeting, now) || registration.status === 'cancelled') {
      await trx.updateTable('meeting_registration').set(erased).where('id', '=', registration.id).execute();
      continue;
    }
    await trx
      .updateTable('meeting_registration')
      .set({ ...erased, status: 'cancelled', cancelled_at: now.toISOString(), confirmed_at: null, checked_in_at: null })
      .where('id', '=', registration.id)
      .execute();
    const promoted = registration.status === 'confirmed' ? await promoteWaiting(trx, meeting, now) : [];
    if (promoted.length) promotions.push({ meeting, promoted });
  }
  if (promotions.length === 0) return;
  return async () => {
    for (const { meeting, promoted } of promotions) await mailPromotions(deps, meeting, promoted);
  };
}
