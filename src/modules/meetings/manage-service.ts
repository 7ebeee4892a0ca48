import { randomUUID } from 'node:crypto';
import { lockUntilCommit } from '../../db/transaction-lock.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { MeetingInput } from './meeting-input.ts';
import { meetingColumns } from './meeting-input.ts';
import { findMeeting, type MeetingRow } from './queries.ts';
import { mailPromotions, promoteWaiting, type SeatDeps } from './registration-service.ts';

/** Whether an organisation id names an existing organisation (or is empty: the city organises). */
export async function organiserExists(deps: Pick<SeatDeps, 'db'>, organiser: string): Promise<boolean> {
  if (!organiser) return true;
  return (await deps.db.selectFrom('organisation').select('id').where('id', '=', organiser).executeTakeFirst()) !== undefined;
}

/** Creates a meeting in a meetings component; returns its id. */
export async function createMeeting(deps: SeatDeps, actor: CurrentUser, componentId: string, input: MeetingInput): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await trx.insertInto('meeting').values({ id, component_id: componentId, ...meetingColumns(input), attendance_total: null, created_at: now, updated_at: now }).execute();
    await recordAudit(trx, { userId: actor.id }, 'meeting.create', { type: 'meeting', id });
  });
  return id;
}

/**
 * Saves a meeting's new details. More seats go at once to the people waiting (emailed); fewer seats take
 * no one's seat away (the waitlist simply stops moving). A new start time sends the reminder again.
 */
export async function updateMeeting(deps: SeatDeps, actor: CurrentUser, meeting: MeetingRow, input: MeetingInput): Promise<void> {
  const columns = meetingColumns(input);
  const promoted = await deps.db.transaction().execute(async (trx) => {
    await lockUntilCommit(trx, deps.dialect, `meeting:${meeting.id}`);
    await trx.updateTable('meeting').set({ ...columns, updated_at: new Date().toISOString() }).where('id', '=', meeting.id).execute();
    if (columns.starts_at !== meeting.starts_at) await trx.updateTable('meeting_registration').set({ reminded_at: null }).where('meeting_id', '=', meeting.id).execute();
    await recordAudit(trx, { userId: actor.id }, 'meeting.update', { type: 'meeting', id: meeting.id });
    const saved = (await findMeeting(trx, meeting.id))!;
    return { saved, promoted: await promoteWaiting(trx, saved) };
  });
  await mailPromotions(deps, promoted.saved, promoted.promoted);
}
