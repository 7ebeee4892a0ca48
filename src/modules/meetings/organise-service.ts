import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { HttpError, notFound } from '../../platform/errors.ts';
import type { MeetingRow } from './queries.ts';

/** Saves a new version of the minutes (a draft until approved); versions count from 1 and never change. */
export async function saveMinutesVersion(db: Kysely<Database>, actor: CurrentUser, meetingId: string, body: { body_fr: string; body_en: string }): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.transaction().execute(async (trx) => {
        const last = await trx.selectFrom('meeting_minutes').select((eb) => eb.fn.max<number | null>('version').as('v')).where('meeting_id', '=', meetingId).executeTakeFirstOrThrow();
        const version = Number(last.v ?? 0) + 1;
        await trx.insertInto('meeting_minutes').values({ id: randomUUID(), meeting_id: meetingId, version, ...body, approved_on: null, created_at: new Date().toISOString(), created_by: actor.id }).execute();
        await recordAudit(trx, { userId: actor.id }, 'meeting.minutes.save', { type: 'meeting', id: meetingId }, { version });
        return version;
      });
    } catch (err) {
      // Two organisers saving at once: the unique (meeting, version) makes the later one take the next number.
      if (!isUniqueViolation(err) || attempt >= 3) throw err;
    }
  }
}

/** Publishes a version of the minutes with the date the meeting (or its board) approved them. */
export async function approveMinutes(db: Kysely<Database>, actor: CurrentUser, meetingId: string, version: number, approvedOn: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('meeting_minutes').set({ approved_on: approvedOn }).where('meeting_id', '=', meetingId).where('version', '=', version).where('approved_on', 'is', null).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) {
      const exists = await trx.selectFrom('meeting_minutes').select('id').where('meeting_id', '=', meetingId).where('version', '=', version).executeTakeFirst();
      throw exists ? new HttpError(409, 'already_approved') : notFound();
    }
    await recordAudit(trx, { userId: actor.id }, 'meeting.minutes.approve', { type: 'meeting', id: meetingId }, { version, approvedOn });
  });
}

/** Records how many people came in all (counted in the room, registered or not). */
export async function recordAttendance(db: Kysely<Database>, actor: CurrentUser, meetingId: string, total: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('meeting').set({ attendance_total: total, updated_at: new Date().toISOString() }).where('id', '=', meetingId).execute();
    await recordAudit(trx, { userId: actor.id }, 'meeting.attendance', { type: 'meeting', id: meetingId }, { total });
  });
}

/** The proposals of the meeting's process, for the organiser to say which were born in the meeting. */
export function linkableProposals(db: Kysely<Database>, processId: string) {
  return db
    .selectFrom('proposal')
    .select(['id', 'title', 'meeting_id'])
    .where('process_id', '=', processId)
    .where('hidden_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

/** Sets which proposals of the process were born in this meeting (others linked to it before are unlinked). */
export async function linkProposals(db: Kysely<Database>, actor: CurrentUser, meeting: MeetingRow, processId: string, proposalIds: string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('proposal').set({ meeting_id: null }).where('meeting_id', '=', meeting.id).execute();
    if (proposalIds.length) await trx.updateTable('proposal').set({ meeting_id: meeting.id }).where('process_id', '=', processId).where('id', 'in', proposalIds).execute();
    await recordAudit(trx, { userId: actor.id }, 'meeting.proposals', { type: 'meeting', id: meeting.id }, { proposals: proposalIds.length });
  });
}
