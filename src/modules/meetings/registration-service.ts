import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { lockUntilCommit } from '../../db/transaction-lock.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { AppDeps } from '../../platform/context.ts';
import { Refusal } from '../../platform/errors.ts';
import { promotionMail } from './mails.ts';
import { findRegistration, type MeetingRow, type RegistrationRow } from './queries.ts';
import { newRegistrationCode } from './registration-code.ts';

/** What registering, cancelling and promoting need from the app. */
export type SeatDeps = Pick<AppDeps, 'db' | 'dialect' | 'mailer' | 'config' | 'log'>;

/** Whether a meeting has started at `now` (nothing about its seats moves any more). */
export const hasStarted = (meeting: Pick<MeetingRow, 'starts_at'>, now: Date) => new Date(meeting.starts_at).getTime() <= now.getTime();

async function confirmedCount(trx: Kysely<Database>, meetingId: string): Promise<number> {
  const row = await trx.selectFrom('meeting_registration').select((eb) => eb.fn.countAll<number>().as('n')).where('meeting_id', '=', meetingId).where('status', '=', 'confirmed').executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Gives the seats free now to the first people waiting, in the order they joined the waitlist, and
 * returns their registrations (to mail them once the transaction has committed). Nothing moves once the
 * meeting has started: a seat freed during the meeting is of no use to anyone.
 */
export async function promoteWaiting(trx: Transaction<Database>, meeting: MeetingRow, now = new Date()): Promise<RegistrationRow[]> {
  if (hasStarted(meeting, now)) return [];
  let query = trx.selectFrom('meeting_registration').selectAll().where('meeting_id', '=', meeting.id).where('status', '=', 'waiting').orderBy('queued_at').orderBy('id');
  if (meeting.capacity !== null) {
    const free = meeting.capacity - (await confirmedCount(trx, meeting.id));
    if (free <= 0) return [];
    query = query.limit(free);
  }
  const promoted = await query.execute();
  const stamp = now.toISOString();
  if (promoted.length) await trx.updateTable('meeting_registration').set({ status: 'confirmed', confirmed_at: stamp }).where('id', 'in', promoted.map((r) => r.id)).execute();
  return promoted.map((r) => ({ ...r, status: 'confirmed', confirmed_at: stamp }));
}

/** Emails each promoted person that they now hold a seat; a failed mail is logged (the seat is theirs anyway). */
export async function mailPromotions(deps: SeatDeps, meeting: MeetingRow, promoted: RegistrationRow[]): Promise<void> {
  if (promoted.length === 0) return;
  const people = await deps.db.selectFrom('user').select(['id', 'email', 'locale']).where('id', 'in', promoted.map((r) => r.user_id)).where('deletedAt', 'is', null).execute();
  for (const registration of promoted) {
    const person = people.find((p) => p.id === registration.user_id);
    if (!person) continue;
    try {
      await deps.mailer.send(promotionMail(deps.config, person, meeting, registration.code));
    } catch (err) {
      deps.log.warn({ err, meetingId: meeting.id }, 'waitlist promotion mail failed');
    }
  }
}

/** Where a registration ended up. */
export type RegisterOutcome = { status: 'confirmed' | 'waiting'; already: boolean };

/**
 * Registers a person: a seat while one is free, otherwise the end of the waitlist. One registration per
 * person and meeting (a unique constraint); a cancelled one is reused and goes to the back of the queue.
 * The seat check and the write run under the meeting's lock, so two people never take the last seat.
 */
export async function registerForMeeting(deps: SeatDeps, meeting: MeetingRow, userId: string, now = new Date()): Promise<RegisterOutcome> {
  if (hasStarted(meeting, now)) throw new Refusal(409, 'meeting_started', 'meetings.register.started');
  const stamp = now.toISOString();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      await lockUntilCommit(trx, deps.dialect, `meeting:${meeting.id}`);
      const existing = await findRegistration(trx, meeting.id, userId);
      if (existing && existing.status !== 'cancelled') return { status: existing.status as RegisterOutcome['status'], already: true };
      const waiting = await trx.selectFrom('meeting_registration').select('id').where('meeting_id', '=', meeting.id).where('status', '=', 'waiting').limit(1).executeTakeFirst();
      // Someone already waiting goes first: a newcomer never overtakes the queue, even if a seat is free for a moment.
      const seat = !waiting && (meeting.capacity === null || (await confirmedCount(trx, meeting.id)) < meeting.capacity);
      const status = seat ? 'confirmed' : 'waiting';
      const values = { status, queued_at: stamp, confirmed_at: seat ? stamp : null, cancelled_at: null, checked_in_at: null, reminded_at: null };
      if (existing) await trx.updateTable('meeting_registration').set(values).where('id', '=', existing.id).execute();
      else await trx.insertInto('meeting_registration').values({ id: randomUUID(), meeting_id: meeting.id, user_id: userId, code: await unusedCode(trx, meeting.id), full_name: '', phone: '', needs: '', share_details: 0, ...values }).execute();
      return { status, already: false };
    });
  } catch (err) {
    // The same person's second click, committed first by the other request: their registration stands.
    if (!isUniqueViolation(err)) throw err;
    const row = await findRegistration(deps.db, meeting.id, userId);
    if (!row || row.status === 'cancelled') throw err;
    return { status: row.status as RegisterOutcome['status'], already: true };
  }
}

async function unusedCode(trx: Kysely<Database>, meetingId: string): Promise<string> {
  for (;;) {
    const code = newRegistrationCode();
    const taken = await trx.selectFrom('meeting_registration').select('id').where('meeting_id', '=', meetingId).where('code', '=', code).executeTakeFirst();
    if (!taken) return code;
  }
}

/**
 * Cancels a person's registration (seat or waitlist): their details are erased at once, and a seat they
 * held goes to the first person waiting, who is emailed. Returns false when there was nothing to cancel.
 */
export async function cancelRegistration(deps: SeatDeps, meeting: MeetingRow, userId: string, now = new Date()): Promise<boolean> {
  if (hasStarted(meeting, now)) throw new Refusal(409, 'meeting_started', 'meetings.cancel.started');
  const result = await deps.db.transaction().execute(async (trx) => {
    await lockUntilCommit(trx, deps.dialect, `meeting:${meeting.id}`);
    const existing = await findRegistration(trx, meeting.id, userId);
    if (!existing || existing.status === 'cancelled') return null;
    await trx
      .updateTable('meeting_registration')
      .set({ status: 'cancelled', cancelled_at: now.toISOString(), confirmed_at: null, checked_in_at: null, full_name: '', phone: '', needs: '', share_details: 0 })
      .where('id', '=', existing.id)
      .execute();
    return existing.status === 'confirmed' ? await promoteWaiting(trx, meeting, now) : [];
  });
  if (result === null) return false;
  await mailPromotions(deps, meeting, result);
  return true;
}

/** What a person with a seat tells the organiser, and whether the organiser's export may show it. */
export interface RegistrationDetails {
  full_name: string;
  phone: string;
  needs: string;
  share_details: boolean;
}

/** Saves a person's details; only a confirmed seat may hold any (people waiting are asked nothing). */
export async function saveRegistrationDetails(db: Kysely<Database>, meetingId: string, userId: string, details: RegistrationDetails): Promise<void> {
  const updated = await db
    .updateTable('meeting_registration')
    .set({ full_name: details.full_name, phone: details.phone, needs: details.needs, share_details: details.share_details ? 1 : 0 })
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) throw new Refusal(409, 'no_seat', 'meetings.details.noSeat');
}

/** What a code typed at the door turned out to be. */
export type DoorCheck = { result: 'checked-in' | 'already' ; at: string } | { result: 'waiting' | 'unknown' };

/** Checks a code at the door: a confirmed seat is marked present (once); a waitlist or unknown code is refused. */
export async function checkInCode(db: Kysely<Database>, meetingId: string, code: string, now = new Date()): Promise<DoorCheck> {
  const row = await db.selectFrom('meeting_registration').select(['id', 'status', 'checked_in_at']).where('meeting_id', '=', meetingId).where('code', '=', code).executeTakeFirst();
  if (!row || row.status === 'cancelled') return { result: 'unknown' };
  if (row.status === 'waiting') return { result: 'waiting' };
  if (row.checked_in_at) return { result: 'already', at: row.checked_in_at };
  const stamp = now.toISOString();
  const marked = await db.updateTable('meeting_registration').set({ checked_in_at: stamp }).where('id', '=', row.id).where('checked_in_at', 'is', null).executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1 ? { result: 'checked-in', at: stamp } : { result: 'already', at: stamp };
}
