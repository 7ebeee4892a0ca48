import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/support/app.ts';
import { createUserWithPassword } from '../accounts/test-users.ts';
import { createMeetingFixture } from './test-fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const registrationOf = (meetingId: string, userId: string) => ctx.deps.db.selectFrom('meeting_registration').selectAll().where('meeting_id', '=', meetingId).where('user_id', '=', userId).executeTakeFirstOrThrow();
const seatsTaken = async (meetingId: string) => (await ctx.deps.db.selectFrom('meeting_registration').select('id').where('meeting_id', '=', meetingId).where('status', '=', 'confirmed').execute()).length;

async function leaver() {
  const user = await createUserWithPassword(ctx, 'je quitte la ville');
  const client = await ctx.client().signInAs(ctx, user);
  const leave = async () => expect((await client.post('/account/delete', { confirmed: 'yes', password: 'je quitte la ville' })).status).toBe(303);
  return { user, client, leave };
}

describe('deleting an account with meeting registrations', () => {
  it('frees the seat at an upcoming meeting at once: details erased, the first person waiting promoted and mailed', async () => {
    const f = await createMeetingFixture(ctx.deps.db, { capacity: 1 });
    const path = (page: string) => `/meetings/${f.meetingId}/${page}`;
    const person = await leaver();
    expect((await person.client.post(path('register'))).status).toBe(303);
    expect((await person.client.post(path('details'), { full_name: 'Léa Martin', phone: '+33 6 11 22 33 44', needs: 'Garde d’enfants', share_details: 'on' })).status).toBe(303);
    const waiting = await ctx.createUser();
    await (await ctx.client().signInAs(ctx, waiting)).post(path('register'));
    expect((await registrationOf(f.meetingId, waiting.id)).status).toBe('waiting');

    await person.leave();

    // No reminder run in between: the deletion itself did it.
    expect(await registrationOf(f.meetingId, person.user.id)).toMatchObject({ status: 'cancelled', full_name: '', phone: '', needs: '', share_details: 0 });
    expect((await registrationOf(f.meetingId, waiting.id)).status).toBe('confirmed');
    expect(await seatsTaken(f.meetingId)).toBe(1);
    const mails = await ctx.deps.db.selectFrom('outbox').select('subject').where('to_address', '=', waiting.email).execute();
    expect(mails).toHaveLength(1);
    const page = await (await ctx.client().get(`/meetings/${f.meetingId}`)).text();
    expect(page).not.toContain('Léa Martin');
  });

  it('keeps a past meeting’s registration, nameless, so the attendance figures stay true', async () => {
    const f = await createMeetingFixture(ctx.deps.db, { capacity: 3 });
    const person = await leaver();
    expect((await person.client.post(`/meetings/${f.meetingId}/register`)).status).toBe(303);
    await person.client.post(`/meetings/${f.meetingId}/details`, { full_name: 'Léa Martin', phone: '', needs: 'Boucle magnétique' });
    // The meeting took place: it started yesterday and the person was checked in at the door.
    const yesterday = Date.now() - 86_400_000;
    await ctx.deps.db.updateTable('meeting').set({ starts_at: new Date(yesterday).toISOString(), ends_at: new Date(yesterday + 7_200_000).toISOString() }).where('id', '=', f.meetingId).execute();
    await ctx.deps.db.updateTable('meeting_registration').set({ checked_in_at: new Date(yesterday).toISOString() }).where('user_id', '=', person.user.id).execute();

    await person.leave();

    const kept = await registrationOf(f.meetingId, person.user.id);
    expect(kept).toMatchObject({ status: 'confirmed', full_name: '', phone: '', needs: '', share_details: 0 });
    expect(kept.checked_in_at).not.toBeNull();
  });

  it('takes a waiting person off the list, so no seat is ever given to a deleted account', async () => {
    const f = await createMeetingFixture(ctx.deps.db, { capacity: 1 });
    const holder = await ctx.createUser();
    const holderClient = await ctx.client().signInAs(ctx, holder);
    await holderClient.post(`/meetings/${f.meetingId}/register`);
    const person = await leaver();
    await person.client.post(`/meetings/${f.meetingId}/register`);
    const next = await ctx.createUser();
    await (await ctx.client().signInAs(ctx, next)).post(`/meetings/${f.meetingId}/register`);

    await person.leave();
    expect((await registrationOf(f.meetingId, person.user.id)).status).toBe('cancelled');
    expect((await holderClient.post(`/meetings/${f.meetingId}/cancel`, { confirmed: 'yes' })).status).toBe(303);
    expect((await registrationOf(f.meetingId, next.id)).status).toBe('confirmed');
    expect(await seatsTaken(f.meetingId)).toBe(1);
  });
});
