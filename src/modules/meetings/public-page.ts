import type { Context } from 'hono';
import type { AppEnv } from '../../platform/context.ts';
import { emptyForm, type FormState } from '../../web/form.tsx';
import { isActionEnabled, permissionRefusal } from '../processes/index.ts';
import { requirementStatus } from '../verification/index.ts';
import { drawLocator, loadCityMap } from '../geography/index.ts';
import { localized } from '../../platform/i18n/index.ts';
import { mayOrganise, meetingPath, type MeetingContext } from './access.ts';
import { findRegistration, listMeetingProposals, listMinutes, seatCounts, waitlistPosition } from './queries.ts';
import { meetingSpec } from './spec.ts';
import type { MeetingPageData } from './views/meeting-page.tsx';

/** Why this person may not register now (a catalog key), or null when they may. */
export function registrationRefusal(c: Context<AppEnv>, mc: MeetingContext, now = new Date()): string | null {
  if (new Date(mc.meeting.starts_at).getTime() <= now.getTime()) return 'meetings.register.started';
  if (!isActionEnabled(meetingSpec, mc.component, mc.detail.current, 'register')) return 'meetings.register.closed';
  const refusal = permissionRefusal(c.var.user, meetingSpec.actions.register.permission);
  if (refusal === 'sign_in_required') return 'meetings.register.signIn';
  return refusal ? 'meetings.register.verifyEmail' : null;
}

/** Where the verification requirement of registering is checked: the meeting's neighbourhood is its process's, when it has exactly one. */
export function requirementTarget(mc: MeetingContext) {
  const hoods = mc.detail.neighbourhoods;
  return { spec: meetingSpec, component: mc.component, action: 'register', neighbourhoodId: hoods.length === 1 ? hoods[0].id : null, returnTo: meetingPath(mc.meeting.id) };
}

/** Everything a meeting page shows for this request; `detailsForm` replaces the stored details after a failed save. */
export async function meetingPageData(c: Context<AppEnv>, mc: MeetingContext, detailsForm?: FormState): Promise<MeetingPageData> {
  const { db } = c.var.deps;
  const { meeting } = mc;
  const now = new Date();
  const user = c.var.user;
  const [counts, mine, minutes, proposals, organises, organiser, requirement, city] = await Promise.all([
    seatCounts(db, [meeting.id]),
    user ? findRegistration(db, meeting.id, user.id) : undefined,
    listMinutes(db, meeting.id),
    listMeetingProposals(db, meeting.id),
    mayOrganise(db, user, meeting),
    meeting.organiser_org_id ? db.selectFrom('organisation').select(['name', 'slug']).where('id', '=', meeting.organiser_org_id).executeTakeFirst() : undefined,
    requirementStatus(db, user, requirementTarget(mc)),
    meeting.mode === 'online' ? null : loadCityMap(db, c.var.locale),
  ]);
  const hood = meeting.neighbourhood_id ? await db.selectFrom('neighbourhood').select(['name_fr', 'name_en']).where('id', '=', meeting.neighbourhood_id).executeTakeFirst() : undefined;
  const place = { id: 'meeting-locator', label: localized(c.var.locale, meeting.title_fr, meeting.title_en), latitude: meeting.latitude, longitude: meeting.longitude, neighbourhoodId: meeting.neighbourhood_id };
  const active = mine && mine.status !== 'cancelled' ? mine : null;
  const seat = counts.get(meeting.id)!;
  const stored = active ? { full_name: active.full_name, phone: active.phone, needs: active.needs, ...(active.share_details ? { share_details: 'on' } : {}) } : {};
  return {
    mc,
    organiser: organiser ?? null,
    counts: seat,
    standing: {
      refusal: registrationRefusal(c, mc, now),
      requirement,
      mine: active,
      waitlistPosition: active?.status === 'waiting' ? await waitlistPosition(db, active) : null,
      full: meeting.capacity !== null && (seat.registered >= meeting.capacity || seat.waitlist > 0),
      detailsForm: detailsForm ?? emptyForm(stored),
      now,
    },
    ended: new Date(meeting.ends_at).getTime() <= now.getTime(),
    minutes: minutes.filter((m) => m.approved_on !== null),
    proposals,
    organises,
    locator: city ? drawLocator(c.var.t, city, place) : null,
    neighbourhood: hood ? localized(c.var.locale, hood.name_fr, hood.name_en) : null,
  };
}
